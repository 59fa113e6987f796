package org.attest.eval.polnear;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attest.model.SourceDocument;
import org.attest.model.Span;

/**
 * Reads a PolNeAR split: {@code DIR/text/NAME.txt} and brat standoff {@code
 * DIR/attributions/NAME_ANNOTATOR.ann}, using the first annotator's file per article in name order.
 * An attribution is an {@code E} line with a {@code Cue} argument; its {@code Source} and {@code
 * Content} arguments (each possibly discontinuous, and content possibly in several pieces) are
 * kept as lists of spans. {@code Discuss} and {@code Discard} spans are not attributions.
 * Brat offsets count Unicode code points; they are converted to the UTF-16 offsets of the text.
 */
public final class PolnearCorpus {

  /** One gold attribution: cue, source and content, each a list of fragments (source may be empty). */
  public record GoldAttribution(List<Span> cue, List<Span> source, List<Span> content) {}

  /** One article with its attributions, in order of cue offset. */
  public record Article(String name, SourceDocument document, List<GoldAttribution> attributions) {}

  /** A skipped input with the reason. */
  public record Skip(String name, String reason) {}

  private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t(\\S+) ([0-9 ;]+)\\t");
  private static final Pattern E_LINE = Pattern.compile("^(E\\d+)\\t(.*)$");

  private final List<Article> articles;
  private final List<Skip> skipped;

  private PolnearCorpus(List<Article> articles, List<Skip> skipped) {
    this.articles = articles;
    this.skipped = skipped;
  }

  public List<Article> articles() {
    return articles;
  }

  public List<Skip> skipped() {
    return skipped;
  }

  /** The first {@code n} articles in name order ({@code n <= 0}: all of them). */
  public PolnearCorpus first(int n) {
    return n <= 0 || n >= articles.size() ? this : new PolnearCorpus(articles.subList(0, n), skipped);
  }

  /** Reads a split directory holding {@code text/} and {@code attributions/}. */
  public static PolnearCorpus read(Path dir) throws IOException {
    Path textDir = dir.resolve("text");
    Path annDir = dir.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IOException(dir + ": expected the folders text/ and attributions/");
    }
    Map<String, Path> firstAnn = new TreeMap<>();
    try (Stream<Path> s = Files.list(annDir)) {
      List<Path> anns = s.filter(p -> p.getFileName().toString().endsWith(".ann"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
      for (Path p : anns) {
        String n = p.getFileName().toString();
        int us = n.lastIndexOf('_');
        String stem = us > 0 ? n.substring(0, us) : n.substring(0, n.length() - 4);
        firstAnn.putIfAbsent(stem, p);
      }
    }
    List<Path> texts;
    try (Stream<Path> s = Files.list(textDir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
    List<Article> articles = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    for (Path t : texts) {
      String name = t.getFileName().toString();
      name = name.substring(0, name.length() - 4);
      Path ann = firstAnn.get(name);
      if (ann == null) {
        skipped.add(new Skip(name, "no annotation file"));
        continue;
      }
      String raw;
      try {
        raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(t))).toString();
      } catch (CharacterCodingException e) {
        skipped.add(new Skip(name, "text is not UTF-8"));
        continue;
      }
      SourceDocument doc = SourceDocument.of(name, raw, null, null, null, null, t.toString());
      try {
        List<GoldAttribution> atts = parseAnn(Files.readString(ann), raw, doc.text());
        articles.add(new Article(name, doc, atts));
      } catch (IllegalArgumentException e) {
        skipped.add(new Skip(name, e.getMessage()));
      }
    }
    return new PolnearCorpus(List.copyOf(articles), List.copyOf(skipped));
  }

  /** Parses brat standoff against the raw text (code-point offsets) into spans of the normalized text. */
  static List<GoldAttribution> parseAnn(String ann, String raw, String text) {
    if (!raw.equals(text)) {
      // Normalization (BOM, CR) would shift offsets; PolNeAR texts have neither.
      throw new IllegalArgumentException("text changes under normalization; offsets would not fit");
    }
    Map<String, String> type = new LinkedHashMap<>();
    Map<String, List<Span>> spans = new LinkedHashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : ann.split("\n")) {
      Matcher m = T_LINE.matcher(line);
      if (m.find()) {
        List<Span> frags = new ArrayList<>();
        for (String f : m.group(3).trim().split(";")) {
          String[] be = f.trim().split(" ");
          int b = Integer.parseInt(be[0]), e = Integer.parseInt(be[1]);
          if (b < 0 || e < b || e > text.codePointCount(0, text.length())) {
            throw new IllegalArgumentException("span " + b + "-" + e + " is outside the text");
          }
          frags.add(new Span(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e)));
        }
        type.put(m.group(1), m.group(2));
        spans.put(m.group(1), frags);
        continue;
      }
      Matcher e = E_LINE.matcher(line);
      if (e.find()) {
        events.add(e.group(2).trim().split("\\s+"));
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] args : events) {
      List<Span> cue = new ArrayList<>(), src = new ArrayList<>(), content = new ArrayList<>();
      for (String a : args) {
        int c = a.indexOf(':');
        if (c < 0) {
          continue;
        }
        String role = a.substring(0, c).replaceAll("\\d+$", "");
        List<Span> s = spans.get(a.substring(c + 1));
        if (s == null) {
          continue;
        }
        switch (role) {
          case "Cue" -> cue.addAll(s);
          case "Source" -> src.addAll(s);
          case "Content" -> content.addAll(s);
          default -> { }
        }
      }
      if (!cue.isEmpty()) {
        sort(cue);
        sort(src);
        sort(content);
        out.add(new GoldAttribution(List.copyOf(cue), List.copyOf(src), List.copyOf(content)));
      }
    }
    out.sort(Comparator.comparingInt((GoldAttribution g) -> g.cue().get(0).begin())
        .thenComparingInt(g -> g.cue().get(0).end()));
    return List.copyOf(out);
  }

  private static void sort(List<Span> s) {
    s.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
  }
}
