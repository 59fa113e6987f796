package org.attest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.attest.model.SourceDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A SemEval-2015 Task 4 (TimeLine) corpus as Track A gives it: raw TimeML documents
 * ({@code corpus_trackA_TimeML/*.tml}: DOCID, DCT, tokenized sentences {@code <s id>}) and the
 * list of target entities. Each document's text is its sentences, blank-line separated, so that
 * every character offset maps back to the task's sentence id and token.
 */
final class TimelineCorpus {

  /** A task token: its sentence id, its text, and its offsets in the document text we build. */
  record Token(String sentence, String text, int begin, int end) {}

  /** One document: id, creation date, the text handed to the pipeline, and its tokens in order. */
  record Doc(String id, String dct, String title, String text, List<Token> tokens, Path path) {

    SourceDocument source() {
      return SourceDocument.of(id, text, title, null, null, dct, path.toString());
    }

    /** The task's tokens overlapping {@code [begin, end)}, in order. */
    List<Token> tokensIn(int begin, int end) {
      List<Token> out = new ArrayList<>();
      for (Token t : tokens) {
        if (t.begin() < end && begin < t.end()) {
          out.add(t);
        }
      }
      if (out.isEmpty()) {
        // An empty or between-token span: the token it touches.
        for (Token t : tokens) {
          if (t.begin() <= begin && begin <= t.end()) {
            out.add(t);
            break;
          }
        }
      }
      return out;
    }
  }

  final Path dir;
  final List<String> targets;
  final List<Doc> documents;

  private TimelineCorpus(Path dir, List<String> targets, List<Doc> documents) {
    this.dir = dir;
    this.targets = targets;
    this.documents = documents;
  }

  static TimelineCorpus of(Path dir, List<String> targets, List<Doc> documents) {
    return new TimelineCorpus(dir, List.copyOf(targets), List.copyOf(documents));
  }

  /** Reads a corpus folder ({@code corpus_1}): its target list and its Track A TimeML documents. */
  static TimelineCorpus read(Path corpusDir) throws IOException {
    Path timeml = corpusDir.resolve("corpus_trackA_TimeML");
    if (!Files.isDirectory(timeml)) {
      throw new IllegalArgumentException(corpusDir + " is not a SemEval-2015 TimeLine corpus folder (no corpus_trackA_TimeML/)");
    }
    Path list;
    try (Stream<Path> s = Files.list(corpusDir)) {
      list = s.filter(p -> p.getFileName().toString().startsWith("list_target_entities")).sorted().findFirst()
          .orElseThrow(() -> new IllegalArgumentException(corpusDir + ": no list_target_entities_*.txt"));
    }
    List<String> targets = Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
        .filter(l -> !l.isEmpty()).toList();
    List<Path> files;
    try (Stream<Path> s = Files.list(timeml)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    List<Doc> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(readDocument(f));
    }
    return new TimelineCorpus(corpusDir, targets, docs);
  }

  static Doc readDocument(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file);
    }
  }

  static Doc parse(InputStream in, Path file) throws IOException {
    Document xml;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      xml = b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not well-formed TimeML: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    String id = text(root, "DOCID");
    if (id == null || id.isBlank()) {
      throw new IOException(file + ": no DOCID");
    }
    String dct = null;
    NodeList dcts = root.getElementsByTagName("DCT");
    if (dcts.getLength() > 0) {
      NodeList tx = ((Element) dcts.item(0)).getElementsByTagName("TIMEX3");
      if (tx.getLength() > 0) {
        dct = ((Element) tx.item(0)).getAttribute("value");
      }
    }
    String title = text(root, "EXTRAINFO");
    StringBuilder sb = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    NodeList sentences = root.getElementsByTagName("s");
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      String sid = s.getAttribute("id");
      if (sb.length() > 0) {
        sb.append("\n\n"); // a blank line: no sentence splitter joins two task sentences
      }
      String content = s.getTextContent();
      int pos = 0;
      while (pos < content.length()) {
        while (pos < content.length() && Character.isWhitespace(content.charAt(pos))) {
          pos++;
        }
        int start = pos;
        while (pos < content.length() && !Character.isWhitespace(content.charAt(pos))) {
          pos++;
        }
        if (pos > start) {
          if (start > 0 && !tokens.isEmpty() && sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append(' ');
          }
          int b = sb.length();
          sb.append(content, start, pos);
          tokens.add(new Token(sid, content.substring(start, pos), b, sb.length()));
        }
      }
    }
    String dctDate = dct != null && dct.matches("\\d{4}-\\d{2}-\\d{2}.*") ? dct.substring(0, 10) : null;
    return new Doc(id.strip(), dctDate, title == null ? null : title.strip(), sb.toString(), tokens, file);
  }

  private static String text(Element root, String tag) {
    NodeList n = root.getElementsByTagName(tag);
    return n.getLength() == 0 ? null : n.item(0).getTextContent();
  }

  /** The task's file name for a target entity: lower case, spaces to underscores. */
  static String fileName(String target) {
    return target.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "_") + ".txt";
  }
}
