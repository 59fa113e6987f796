package org.attest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.Voices;
import org.attest.model.LedgerIndex;
import org.attest.model.Attribution;
import org.attest.model.Event;

/**
 * GEXF 1.3 (gexf.net): the graph source → claim → event. Source nodes are the speakers (entities,
 * outlets, authors); claim nodes are attributions (labelled with their stance and document);
 * event nodes are real-world events (clusters). Edges: source {@code says} claim (weight 1), claim
 * {@code about} event, and claim {@code via} claim for relays. Written with the JDK's StAX writer,
 * so every label is escaped.
 */
final class GexfExport {

  static final String NS = "http://gexf.net/1.3";

  private GexfExport() {}

  static void write(CorpusLedger corpus, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      write(corpus, x);
      x.flush();
      w.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write GEXF: " + e.getMessage(), e);
    }
  }

  /** Drops characters XML 1.0 cannot carry at all (control characters, lone surrogates); StAX escapes the rest. */
  static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private record Node(String id, String label, String kind, Map<String, String> attrs) {}

  private static final String[] ATTRS = {"kind", "stance", "doc", "type", "time", "sources", "single_source"};

  private static void write(CorpusLedger corpus, XMLStreamWriter x) throws XMLStreamException {
    var l = corpus.ledger();
    LedgerIndex index = new LedgerIndex(l);
    Voices voices = new Voices(l);
    Map<String, Event> events = index.events();
    Map<String, String> clusterOf = new HashMap<>();
    corpus.clusters().forEach(c -> c.events().forEach(v -> clusterOf.put(v, c.id())));

    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, String[]> edges = new LinkedHashMap<>();
    for (Attribution a : l.attributions()) {
      String speaker = voices.speaker(a);
      String sid = "s:" + speaker;
      nodes.computeIfAbsent(sid, k -> new Node(k, voices.name(speaker), "source", Map.of("kind", "source")));
      String cid = "a:" + a.id();
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", "claim");
      attrs.put("stance", a.stance() == null ? "" : a.stance().name());
      attrs.put("doc", a.doc());
      Event e = a.event() == null ? null : events.get(a.event());
      String label = a.id() + " " + (a.stance() == null ? "" : a.stance().name().toLowerCase()) + " "
          + (e == null ? "" : e.summary() != null ? e.summary() : e.trigger());
      nodes.put(cid, new Node(cid, label.strip(), "claim", attrs));
      edges.put(sid + ">" + cid, new String[] {sid, cid, "says"});
    }
    for (EventCluster c : corpus.clusters()) {
      Event rep = events.get(c.events().get(0));
      Corroboration cor = corpus.corroborationOf(c.id());
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("kind", "event");
      attrs.put("type", c.type() == null ? "" : c.type().name());
      attrs.put("time", c.time() == null ? "" : c.time());
      attrs.put("sources", cor == null ? "0" : String.valueOf(cor.count()));
      attrs.put("single_source", cor == null ? "false" : String.valueOf(cor.singleSource()));
      String eid = "c:" + c.id();
      nodes.put(eid, new Node(eid, rep.summary() != null ? rep.summary() : rep.trigger(), "event", attrs));
    }
    for (Attribution a : l.attributions()) {
      String cid = "a:" + a.id();
      if (a.event() != null && clusterOf.containsKey(a.event())) {
        String eid = "c:" + clusterOf.get(a.event());
        edges.put(cid + ">" + eid, new String[] {cid, eid, "about"});
      }
      if (a.via() != null && nodes.containsKey("a:" + a.via())) {
        edges.put(cid + ">a:" + a.via(), new String[] {cid, "a:" + a.via(), "via"});
      }
    }

    x.writeStartDocument("UTF-8", "1.0");
    x.writeCharacters("\n");
    x.writeStartElement("gexf");
    x.writeDefaultNamespace(NS);
    x.writeAttribute("version", "1.3");
    x.writeCharacters("\n  ");
    x.writeStartElement("meta");
    x.writeStartElement("creator");
    x.writeCharacters("Attest");
    x.writeEndElement();
    x.writeStartElement("description");
    x.writeCharacters("source -> claim (attribution) -> event; " + l.documents().size() + " documents");
    x.writeEndElement();
    x.writeEndElement();
    x.writeCharacters("\n  ");
    x.writeStartElement("graph");
    x.writeAttribute("defaultedgetype", "directed");
    x.writeAttribute("mode", "static");
    x.writeCharacters("\n    ");
    x.writeStartElement("attributes");
    x.writeAttribute("class", "node");
    for (int i = 0; i < ATTRS.length; i++) {
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", String.valueOf(i));
      x.writeAttribute("title", ATTRS[i]);
      x.writeAttribute("type", "string");
    }
    x.writeEndElement();
    x.writeCharacters("\n    ");
    x.writeStartElement("nodes");
    for (Node n : nodes.values()) {
      x.writeCharacters("\n      ");
      x.writeStartElement("node");
      x.writeAttribute("id", xmlSafe(n.id()));
      x.writeAttribute("label", xmlSafe(n.label()).replaceAll("\\s+", " ")); // XML parsers fold line breaks in attributes anyway
      x.writeStartElement("attvalues");
      for (int i = 0; i < ATTRS.length; i++) {
        String v = n.attrs().get(ATTRS[i]);
        if (v != null) {
          x.writeEmptyElement("attvalue");
          x.writeAttribute("for", String.valueOf(i));
          x.writeAttribute("value", xmlSafe(v));
        }
      }
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeCharacters("\n    ");
    x.writeEndElement();
    x.writeCharacters("\n    ");
    x.writeStartElement("edges");
    int n = 0;
    for (String[] e : edges.values()) {
      x.writeCharacters("\n      ");
      x.writeEmptyElement("edge");
      x.writeAttribute("id", String.valueOf(n++));
      x.writeAttribute("source", xmlSafe(e[0]));
      x.writeAttribute("target", xmlSafe(e[1]));
      x.writeAttribute("label", e[2]);
    }
    x.writeCharacters("\n    ");
    x.writeEndElement();
    x.writeCharacters("\n  ");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndElement();
    x.writeCharacters("\n");
    x.writeEndDocument();
  }
}
