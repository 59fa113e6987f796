package org.attest.eval.meantime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Reads MEANTIME XML ({@code MEANTIME_NWR.xsd}: tokens, Markables, Relations) into a {@link
 * MeantimeDocument} whose markables carry character spans in the text rebuilt from the tokens.
 * Malformed or non-MEANTIME XML fails with a {@link MeantimeFormatException} naming the file.
 */
public final class MeantimeReader {

  private MeantimeReader() {}

  /** Reads one file. */
  public static MeantimeDocument read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /** Every {@code *.xml} file directly in {@code dir} or below, in path order. */
  public static List<Path> listFiles(Path dir) throws IOException {
    if (Files.isRegularFile(dir)) {
      return List.of(dir);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".xml"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Reads from a stream; {@code name} is used in error messages only. */
  public static MeantimeDocument read(InputStream in, String name) throws IOException {
    Document dom;
    try {
      dom = builder().parse(in);
    } catch (SAXException e) {
      throw new MeantimeFormatException(name + ": not well-formed XML: " + e.getMessage(), e);
    }
    Element root = dom.getDocumentElement();
    if (!"Document".equals(root.getTagName())) {
      throw new MeantimeFormatException(name + ": not a MEANTIME document (root <" + root.getTagName() + ">)");
    }
    return new Parse(name, root).document();
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

  /** One parse: the token table first, then markables, then relations resolved against them. */
  private static final class Parse {
    private final String name;
    private final Element root;
    private final Map<Integer, MeantimeToken> tokensById = new HashMap<>();
    private final Map<Integer, Integer> tokenIndex = new HashMap<>();
    private List<MeantimeToken> tokens;
    private String text;

    Parse(String name, Element root) {
      this.name = name;
      this.root = root;
    }

    MeantimeDocument document() {
      readTokens();
      Element markables = child(root, "Markables");
      Element relations = child(root, "Relations");

      Map<Integer, MeantimeInstance> instances = new HashMap<>();
      for (Element e : children(markables, "ENTITY")) {
        int id = intAttr(e, "m_id");
        instances.put(id, new MeantimeInstance(id, MeantimeInstance.Kind.ENTITY, attr(e, "TAG_DESCRIPTOR"),
            attr(e, "ent_type"), attr(e, "instance_id"), attr(e, "external_ref")));
      }
      for (Element e : children(markables, "EVENT")) {
        int id = intAttr(e, "m_id");
        instances.put(id, new MeantimeInstance(id, MeantimeInstance.Kind.EVENT, attr(e, "TAG_DESCRIPTOR"),
            attr(e, "class"), attr(e, "instance_id"), attr(e, "external_ref")));
      }

      List<MeantimeLink> links = new ArrayList<>();
      for (Element e : allChildren(relations)) {
        List<Integer> sources = new ArrayList<>();
        for (Element s : children(e, "source")) {
          sources.add(intAttr(s, "m_id"));
        }
        Element target = child(e, "target");
        if (target == null || sources.isEmpty()) {
          continue; // a relation with no ends says nothing
        }
        String label = e.getTagName().equals("HAS_PARTICIPANT") ? attr(e, "sem_role")
            : e.getTagName().equals("TLINK") ? attr(e, "reltype") : null;
        links.add(new MeantimeLink(e.getTagName(), intAttrOr(e, "r_id", -1), sources, intAttr(target, "m_id"), label));
      }
      Map<Integer, MeantimeInstance> refersTo = new HashMap<>();
      for (MeantimeLink l : links) {
        if (l.kind().equals("REFERS_TO") && instances.containsKey(l.targetId())) {
          for (int s : l.sourceIds()) {
            refersTo.putIfAbsent(s, instances.get(l.targetId()));
          }
        }
      }

      List<MeantimeEntityMention> entities = new ArrayList<>();
      for (Element e : children(markables, "ENTITY_MENTION")) {
        int id = intAttr(e, "m_id");
        List<Integer> ids = anchors(e);
        MeantimeInstance inst = refersTo.get(id);
        String head = attr(e, "head");
        entities.add(new MeantimeEntityMention(id, ids, span(ids), attr(e, "syntactic_type"), head,
            headSpan(ids, head), inst == null ? null : inst.type(), inst));
      }
      List<MeantimeTimex> timexes = new ArrayList<>();
      for (Element e : children(markables, "TIMEX3")) {
        List<Integer> ids = anchors(e);
        timexes.add(new MeantimeTimex(intAttr(e, "m_id"), ids, span(ids), attr(e, "type"), attr(e, "value"),
            attr(e, "functionInDocument"), attr(e, "anchorTimeID")));
      }
      List<MeantimeEventMention> events = new ArrayList<>();
      for (Element e : children(markables, "EVENT_MENTION")) {
        int id = intAttr(e, "m_id");
        List<Integer> ids = anchors(e);
        MeantimeInstance inst = refersTo.get(id);
        events.add(new MeantimeEventMention(id, ids, span(ids), attr(e, "pred"), attr(e, "pos"), attr(e, "tense"),
            attr(e, "aspect"), attr(e, "certainty"), attr(e, "polarity"), attr(e, "time"),
            attr(e, "special_cases"), attr(e, "modality"), inst == null ? null : inst.type(), inst));
      }
      List<MeantimeSignal> signals = new ArrayList<>();
      for (Element e : children(markables, "SIGNAL")) {
        List<Integer> ids = anchors(e);
        signals.add(new MeantimeSignal(intAttr(e, "m_id"), ids, span(ids)));
      }
      List<MeantimeValue> values = new ArrayList<>();
      for (Element e : children(markables, "VALUE")) {
        List<Integer> ids = anchors(e);
        values.add(new MeantimeValue(intAttr(e, "m_id"), ids, span(ids), attr(e, "type")));
      }
      Comparator<MeantimeMarkable> byId = Comparator.comparingInt(MeantimeMarkable::id);
      entities.sort(byId);
      timexes.sort(byId);
      events.sort(byId);
      signals.sort(byId);
      values.sort(byId);
      return new MeantimeDocument(attr(root, "doc_id"), attr(root, "doc_name"), attr(root, "url"), text, tokens,
          entities, timexes, events, signals, values, instances, links);
    }

    private void readTokens() {
      List<Detokenizer.RawToken> raw = new ArrayList<>();
      for (Element t : children(root, "token")) {
        String form = t.getTextContent().strip();
        if (form.isEmpty()) {
          continue; // nothing to print; markables never hinge on an empty token
        }
        raw.add(new Detokenizer.RawToken(intAttr(t, "t_id"), intAttr(t, "sentence"), form));
      }
      if (raw.isEmpty()) {
        throw new MeantimeFormatException(name + ": no tokens");
      }
      raw.sort(Comparator.comparingInt(Detokenizer.RawToken::id));
      StringBuilder sb = new StringBuilder();
      tokens = Detokenizer.layout(raw, sb);
      text = sb.toString();
      for (int i = 0; i < tokens.size(); i++) {
        tokensById.put(tokens.get(i).id(), tokens.get(i));
        tokenIndex.put(tokens.get(i).id(), i);
      }
    }

    private List<Integer> anchors(Element markable) {
      List<Integer> ids = new ArrayList<>();
      for (Element a : children(markable, "token_anchor")) {
        int id = intAttr(a, "t_id");
        if (!tokensById.containsKey(id)) {
          throw new MeantimeFormatException(name + ": markable m_id=" + attr(markable, "m_id")
              + " anchors to unknown token t_id=" + id);
        }
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      ids.sort(Comparator.comparingInt(tokenIndex::get));
      return ids;
    }

    private Span span(List<Integer> ids) {
      if (ids.isEmpty()) {
        return null;
      }
      return tokensById.get(ids.get(0)).span().union(tokensById.get(ids.get(ids.size() - 1)).span());
    }

    private Span headSpan(List<Integer> ids, String head) {
      if (head == null) {
        return null;
      }
      for (boolean ignoreCase : new boolean[] {false, true}) {
        for (int id : ids) {
          MeantimeToken t = tokensById.get(id);
          if (ignoreCase ? t.surface().equalsIgnoreCase(head) : t.surface().equals(head)) {
            return t.span();
          }
        }
      }
      // A multi-token head ("General Motors"): find it inside the mention's text.
      Span whole = span(ids);
      if (whole != null) {
        int at = whole.of(text).indexOf(head);
        if (at >= 0) {
          return Span.of(whole.begin() + at, whole.begin() + at + head.length());
        }
      }
      return null;
    }

    private int intAttr(Element e, String a) {
      String v = e.getAttribute(a).strip();
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException ex) {
        throw new MeantimeFormatException(name + ": <" + e.getTagName() + "> has no integer " + a + " (\"" + v + "\")");
      }
    }

    private int intAttrOr(Element e, String a, int fallback) {
      try {
        return Integer.parseInt(e.getAttribute(a).strip());
      } catch (NumberFormatException ex) {
        return fallback;
      }
    }
  }

  /** The attribute's value, or null when it is absent or blank. */
  private static String attr(Element e, String a) {
    String v = e.getAttribute(a);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Element child(Element parent, String tag) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Element e : allChildren(parent)) {
      if (e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> allChildren(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }
}
