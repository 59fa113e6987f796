package org.attest.eval.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.eval.meantime.MeantimeDocument;
import org.attest.eval.meantime.MeantimeReader;
import org.attest.eval.meantime.MeantimeTimex;
import org.attest.model.Span;

/**
 * Writes MEANTIME articles as gold TimeML, so the TIMEX3 scorer and both taggers see them like any
 * TempEval file: TEXT is the MEANTIME text (tokens joined by spaces, one sentence per line) with the
 * gold TIMEX3 elements inline; DCT carries the creation time. The creation-time timex stays inline
 * too (on the article's date line), marked {@code functionInDocument="CREATION_TIME"}, so the scorer
 * can leave it out on both sides. MEANTIME annotates time expressions only in the title and the
 * first five sentences (sentence numbers 0–5; every gold TIMEX3 lies there), so TEXT holds those
 * lines only: tagging the rest would count correct expressions as spurious. Timexes without tokens (implicit ones) cannot be matched and are
 * left out; a DCT written day-first ({@code 03-02-2009}) is turned into ISO form.
 */
public final class MeantimeTimeML {

  private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{2})-(\\d{2})-(\\d{4})$");

  /** What a conversion did. */
  public record Summary(int documents, int timexes, int dropped, List<String> skipped) {}

  private MeantimeTimeML() {}

  public static Summary convert(Path meantimeDir, Path outDir) throws IOException {
    if (!Files.isDirectory(meantimeDir)) {
      throw new IOException(Files.exists(meantimeDir) ? meantimeDir + " is not a directory" : "no such directory: " + meantimeDir);
    }
    List<Path> files = MeantimeReader.listFiles(meantimeDir);
    if (files.isEmpty()) {
      throw new IOException("no MEANTIME .xml files in " + meantimeDir);
    }
    Files.createDirectories(outDir);
    int docs = 0;
    int timexes = 0;
    int dropped = 0;
    List<String> skipped = new ArrayList<>();
    for (Path f : files) {
      MeantimeDocument doc;
      try {
        doc = MeantimeReader.read(f);
      } catch (IOException e) {
        skipped.add(e.getMessage());
        continue;
      }
      StringBuilder counts = new StringBuilder();
      String xml = toTimeML(doc, counts);
      String[] c = counts.toString().split(",");
      timexes += Integer.parseInt(c[0]);
      dropped += Integer.parseInt(c[1]);
      String name = f.getFileName().toString().replaceFirst("\\.xml$", "") + ".tml";
      Files.writeString(outDir.resolve(name), xml, StandardCharsets.UTF_8);
      docs++;
    }
    return new Summary(docs, timexes, dropped, skipped);
  }

  /** One article as TimeML; {@code counts} receives "written,dropped". */
  static String toTimeML(MeantimeDocument doc, StringBuilder counts) {
    String dct = doc.creationTimeValue().map(MeantimeTimeML::isoDate).orElse(null);
    List<MeantimeTimex> ts = new ArrayList<>();
    int dropped = 0;
    for (MeantimeTimex t : doc.timexes()) {
      if (t.span() == null || t.span().end() > annotatedPart(doc.text()).length()) {
        dropped++;
      } else {
        ts.add(t);
      }
    }
    ts.sort(Comparator.comparingInt((MeantimeTimex t) -> t.span().begin()).thenComparing(t -> -t.span().end()));
    // keep properly nested elements only (XML cannot express crossing spans)
    List<MeantimeTimex> kept = new ArrayList<>();
    List<Span> stack = new ArrayList<>();
    for (MeantimeTimex t : ts) {
      while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= t.span().begin()) {
        stack.remove(stack.size() - 1);
      }
      if (!stack.isEmpty() && !stack.get(stack.size() - 1).contains(t.span())) {
        dropped++;
        continue;
      }
      kept.add(t);
      stack.add(t.span());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>").append(esc(doc.id())).append("</DOCID>\n");
    if (dct != null) {
      sb.append("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"").append(esc(dct))
          .append("\" functionInDocument=\"CREATION_TIME\">").append(esc(dct)).append("</TIMEX3></DCT>\n");
    }
    sb.append("<TEXT>");
    String text = annotatedPart(doc.text());
    // events at each offset: closes first (innermost first), then opens (outermost first)
    List<int[]> opens = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      opens.add(new int[] {kept.get(i).span().begin(), i});
    }
    List<Integer> open = new ArrayList<>();
    int next = 0;
    for (int p = 0; p <= text.length(); p++) {
      for (int k = open.size() - 1; k >= 0; k--) {
        if (kept.get(open.get(k)).span().end() == p) {
          sb.append("</TIMEX3>");
          open.remove(k);
        }
      }
      while (next < kept.size() && kept.get(next).span().begin() == p) {
        MeantimeTimex t = kept.get(next);
        sb.append("<TIMEX3 tid=\"t").append(t.id()).append("\" type=\"").append(esc(nz(t.type())))
            .append("\" value=\"").append(esc(nz(t.value()))).append('"');
        if (t.creationTime()) {
          sb.append(" functionInDocument=\"CREATION_TIME\"");
        }
        sb.append('>');
        open.add(next);
        next++;
      }
      if (p < text.length()) {
        sb.append(escChar(text.charAt(p)));
      }
    }
    sb.append("</TEXT>\n</TimeML>\n");
    counts.append(kept.size()).append(',').append(dropped);
    return sb.toString();
  }

  /** Number of leading lines (sentences) MEANTIME annotates for time: the title and five more. */
  static final int ANNOTATED_SENTENCES = 6;

  static String annotatedPart(String text) {
    int p = -1;
    for (int i = 0; i < ANNOTATED_SENTENCES; i++) {
      p = text.indexOf('\n', p + 1);
      if (p < 0) {
        return text;
      }
    }
    return text.substring(0, p + 1);
  }

  static String isoDate(String v) {
    Matcher m = DAY_FIRST.matcher(v.trim());
    return m.matches() ? m.group(3) + "-" + m.group(2) + "-" + m.group(1) : v.trim();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String esc(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) sb.append(escChar(c));
    return sb.toString();
  }

  private static String escChar(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> String.valueOf(c);
    };
  }
}
