package org.attest.eval.ecb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.attest.model.Span;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ CROMER XML ({@code <token t_id sentence number>}, {@code <Markables>} with token
 * anchors, {@code <Relations>} with {@code CROSS_DOC_COREF} and {@code INTRA_DOC_COREF}).
 *
 * <p>Text: each sentence is a paragraph of its own (sentences separated by a blank line, so the
 * pipeline never runs a headline into the next sentence), tokens joined by one space except before
 * closing punctuation and clitics and after opening brackets and quotes. Gold chains: a mention in
 * a {@code CROSS_DOC_COREF} takes its instance id ({@code note}); in an {@code INTRA_DOC_COREF}, a
 * chain local to the document; any other mention is a singleton.
 */
public final class EcbReader {

  private static final Pattern NAME = Pattern.compile("(\\d+)_(\\d+)(ecb|ecbplus)");
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "...",
      "''", "”", "’", "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "``", "“", "‘", "$", "£", "€", "#");

  private EcbReader() {}

  /** The ECB+ files of the given topics under {@code dir} (a {@code topics/} folder or the corpus folder). */
  public static List<Path> files(Path dir, Set<Integer> topics) throws IOException {
    Path root = Files.isDirectory(dir.resolve("topics")) ? dir.resolve("topics") : dir;
    List<Path> out = new ArrayList<>();
    for (int t : new java.util.TreeSet<>(topics)) {
      Path td = root.resolve(Integer.toString(t));
      if (!Files.isDirectory(td)) {
        continue;
      }
      try (Stream<Path> s = Files.list(td)) {
        s.filter(p -> p.getFileName().toString().endsWith(".xml")
                && NAME.matcher(p.getFileName().toString().replace(".xml", "")).matches())
            .sorted((a, b) -> compareNames(a.getFileName().toString(), b.getFileName().toString()))
            .forEach(out::add);
      }
    }
    return out;
  }

  /** Natural order of ECB+ names: topic, then sub-topic (ecb before ecbplus), then number. */
  static int compareNames(String a, String b) {
    Matcher ma = NAME.matcher(a.replace(".xml", ""));
    Matcher mb = NAME.matcher(b.replace(".xml", ""));
    if (ma.matches() && mb.matches()) {
      int c = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
      if (c == 0) {
        c = ma.group(3).compareTo(mb.group(3));
      }
      if (c == 0) {
        c = Integer.compare(Integer.parseInt(ma.group(2)), Integer.parseInt(mb.group(2)));
      }
      return c;
    }
    return a.compareTo(b);
  }

  public static EcbDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.getFileName().toString(), in);
    }
  }

  public static EcbDocument read(String fileName, InputStream in) throws IOException {
    String name = fileName.endsWith(".xml") ? fileName.substring(0, fileName.length() - 4) : fileName;
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IOException(fileName + ": not an ECB+ file name (TOPIC_NUMBERecb or TOPIC_NUMBERecbplus)");
    }
    int topic = Integer.parseInt(m.group(1));
    Document dom;
    try {
      dom = builder().parse(in);
    } catch (SAXException e) {
      throw new IOException(fileName + ": not well-formed XML: " + e.getMessage());
    }
    Element root = dom.getDocumentElement();
    if (!"Document".equals(root.getTagName())) {
      throw new IOException(fileName + ": not a CROMER document (root <" + root.getTagName() + ">)");
    }
    // Tokens, in file order.
    StringBuilder text = new StringBuilder();
    List<EcbDocument.Tok> tokens = new ArrayList<>();
    Map<Integer, EcbDocument.Tok> byId = new HashMap<>();
    NodeList tl = root.getElementsByTagName("token");
    int previousSentence = Integer.MIN_VALUE;
    boolean previousOpens = false;
    boolean quoteOpen = false;
    for (int i = 0; i < tl.getLength(); i++) {
      Element t = (Element) tl.item(i);
      int id = Integer.parseInt(t.getAttribute("t_id"));
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      String form = t.getTextContent().strip();
      if (form.isEmpty()) {
        form = "_";
      }
      String surface = switch (form) {
        case "``", "''" -> "\"";
        case "-LRB-" -> "(";
        case "-RRB-" -> ")";
        default -> form;
      };
      boolean plainQuote = surface.equals("\"");
      boolean closes = plainQuote ? quoteOpen : NO_SPACE_BEFORE.contains(form);
      boolean opens = plainQuote ? !quoteOpen : NO_SPACE_AFTER.contains(form);
      if (previousSentence != Integer.MIN_VALUE) {
        if (sentence != previousSentence) {
          text.append("\n\n");
          if (plainQuote) {
            closes = false;
            opens = true;
          }
        } else if (!closes && !previousOpens) {
          text.append(' ');
        }
      }
      if (plainQuote) {
        quoteOpen = opens;
      }
      if (sentence != previousSentence) {
        quoteOpen = plainQuote && opens;
      }
      int begin = text.length();
      text.append(surface);
      EcbDocument.Tok tok = new EcbDocument.Tok(id, sentence, surface, Span.of(begin, text.length()));
      tokens.add(tok);
      byId.put(id, tok);
      previousSentence = sentence;
      previousOpens = opens;
    }
    // Markables: mentions have token anchors; instance descriptors have none.
    Map<String, Element> mentionEls = new TreeMap<>();
    Map<String, String> instanceOfDescriptor = new HashMap<>();
    Element markables = child(root, "Markables");
    List<Element> markableList = markables == null ? List.of() : children(markables);
    for (Element e : markableList) {
      String mid = e.getAttribute("m_id");
      if (e.getElementsByTagName("token_anchor").getLength() > 0) {
        mentionEls.put(mid, e);
      } else {
        instanceOfDescriptor.put(mid, e.getAttribute("instance_id"));
      }
    }
    Map<String, String> chainOf = new HashMap<>();
    Element relations = child(root, "Relations");
    if (relations != null) {
      for (Element r : children(relations)) {
        String kind = r.getTagName();
        String target = null;
        NodeList targets = r.getElementsByTagName("target");
        if (targets.getLength() > 0) {
          target = ((Element) targets.item(0)).getAttribute("m_id");
        }
        String chain;
        if (kind.equals("CROSS_DOC_COREF")) {
          String note = r.getAttribute("note");
          chain = !note.isEmpty() ? note : instanceOfDescriptor.getOrDefault(target, name + "/r" + r.getAttribute("r_id"));
        } else if (kind.equals("INTRA_DOC_COREF")) {
          String inst = instanceOfDescriptor.get(target);
          chain = inst != null && !inst.isEmpty() ? inst : name + "/chain" + target;
        } else {
          continue;
        }
        NodeList sources = r.getElementsByTagName("source");
        for (int i = 0; i < sources.getLength(); i++) {
          chainOf.put(((Element) sources.item(i)).getAttribute("m_id"), chain);
        }
      }
    }
    List<EcbDocument.Mention> mentions = new ArrayList<>();
    for (Element e : mentionEls.values()) {
      String tag = e.getTagName();
      EcbDocument.Kind kind = kindOf(tag);
      if (kind == null) {
        continue;
      }
      List<EcbDocument.Tok> anchored = new ArrayList<>();
      NodeList anchors = e.getElementsByTagName("token_anchor");
      for (int i = 0; i < anchors.getLength(); i++) {
        EcbDocument.Tok tok = byId.get(Integer.parseInt(((Element) anchors.item(i)).getAttribute("t_id")));
        if (tok != null) {
          anchored.add(tok);
        }
      }
      if (anchored.isEmpty()) {
        continue;
      }
      anchored.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
      Span span = Span.of(anchored.get(0).span().begin(), anchored.get(anchored.size() - 1).span().end());
      String mid = e.getAttribute("m_id");
      String id = name + "/" + mid;
      mentions.add(new EcbDocument.Mention(id, kind, tag, anchored.get(0).sentence(), span,
          String.join(" ", anchored.stream().map(EcbDocument.Tok::form).toList()), chainOf.getOrDefault(mid, id)));
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()) != 0 ? a.span().compareTo(b.span()) : a.id().compareTo(b.id()));
    return new EcbDocument(name, topic, topic + m.group(3), text.toString(), tokens, mentions);
  }

  static EcbDocument.Kind kindOf(String tag) {
    if (tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_")) {
      return EcbDocument.Kind.EVENT;
    }
    if (tag.startsWith("HUMAN_PART") || tag.startsWith("NON_HUMAN_PART") || tag.startsWith("LOC_")) {
      return EcbDocument.Kind.ENTITY;
    }
    if (tag.startsWith("TIME_")) {
      return EcbDocument.Kind.TIME;
    }
    return null;
  }

  /**
   * The sentences scoring covers, from {@code ECBplus_coreference_sentences.csv} (header {@code
   * Topic,File,Sentence Number}): document name ({@code 1_10ecbplus}) → sentence numbers.
   */
  public static Map<String, Set<Integer>> scoredSentences(Path csv) throws IOException {
    Map<String, Set<Integer>> out = new TreeMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("topic"))) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length < 3) {
        throw new IOException(csv + ":" + (i + 1) + ": expected Topic,File,Sentence Number");
      }
      try {
        out.computeIfAbsent(f[0].strip() + "_" + f[1].strip(), k -> new java.util.TreeSet<>())
            .add(Integer.parseInt(f[2].strip()));
      } catch (NumberFormatException e) {
        throw new IOException(csv + ":" + (i + 1) + ": not a sentence number: " + f[2]);
      }
    }
    return out;
  }

  private static Element child(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      // Corpus files are data: no DTDs, no external entities.
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser unavailable", e);
    }
  }
}
