package org.attest.time.timeml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TempEval-3 style TimeML ({@code .tml}): the JDK's StAX parser checks the XML and finds the
 * creation time; a scan of the TEXT element then yields its plain text and gold TIMEX3 offsets.
 * UTF-8 only. Errors name the file.
 */
public final class TimeMLReader {

  private static final Pattern TEXT_OPEN = Pattern.compile("<TEXT(\\s[^>]*)?>");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private TimeMLReader() {}

  public static TimeMLDocument read(Path file) throws TimeMLException, IOException {
    byte[] bytes = Files.readAllBytes(file);
    return parse(file.getFileName().toString(), bytes);
  }

  public static TimeMLDocument parse(String name, byte[] bytes) throws TimeMLException {
    String raw;
    try {
      raw = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TimeMLException(name, "not valid UTF-8 text");
    }
    return parse(name, raw);
  }

  public static TimeMLDocument parse(String name, String raw) throws TimeMLException {
    String xml = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    Matcher enc = ENCODING.matcher(xml);
    if (enc.find()) {
      String e = enc.group(1).toLowerCase(java.util.Locale.ROOT);
      if (!e.equals("utf-8") && !e.equals("utf8") && !e.equals("us-ascii") && !e.equals("ascii")) {
        throw new TimeMLException(name, "unsupported encoding " + enc.group(1) + " (UTF-8 expected)");
      }
    }
    String dctValue = checkAndFindDct(name, xml);
    int offset = raw.length() - xml.length();
    Matcher open = TEXT_OPEN.matcher(raw);
    if (!open.find()) {
      throw new TimeMLException(name, "no <TEXT> element");
    }
    int contentBegin = open.end();
    int contentEnd = raw.lastIndexOf("</TEXT>");
    if (contentEnd < contentBegin || offset < 0) {
      throw new TimeMLException(name, "no </TEXT> after <TEXT>");
    }

    StringBuilder plain = new StringBuilder();
    List<Integer> breaks = new ArrayList<>();
    List<TimeMLTimex> timexes = new ArrayList<>();
    Deque<Object[]> openTimexes = new ArrayDeque<>();
    TextScanner.scan(raw, contentBegin, contentEnd, new TextScanner.Visitor() {
      boolean inCdata;

      @Override
      public void text(String decoded, int rawBegin, int rawEnd, boolean cdata) {
        if (cdata != inCdata) {
          breaks.add(plain.length());
          inCdata = cdata;
        }
        plain.append(decoded);
      }

      @Override
      public void tag(String tagName, TextScanner.Kind kind, Map<String, String> attrs, int rawBegin, int rawEnd) {
        if (!TextScanner.ANNOTATION_ELEMENTS.contains(tagName)) {
          breaks.add(plain.length());
          return;
        }
        if (!tagName.equals("TIMEX3")) {
          return;
        }
        if (kind == TextScanner.Kind.START) {
          openTimexes.push(new Object[] {plain.length(), attrs});
        } else if (kind == TextScanner.Kind.END && !openTimexes.isEmpty()) {
          Object[] o = openTimexes.pop();
          @SuppressWarnings("unchecked")
          Map<String, String> a = (Map<String, String>) o[1];
          timexes.add(new TimeMLTimex((Integer) o[0], plain.length(), a.get("tid"), a.get("type"),
              a.get("value"), a.get("mod"), a.get("functionInDocument")));
        }
      }

      @Override
      public void other(int rawBegin, int rawEnd) {}
    });
    timexes.sort(java.util.Comparator.comparingInt(TimeMLTimex::begin).thenComparingInt(TimeMLTimex::end));
    return new TimeMLDocument(name, raw, plain.toString(), dctValue, toDate(dctValue), List.copyOf(timexes),
        breaks.stream().mapToInt(Integer::intValue).distinct().toArray(), contentBegin, contentEnd);
  }

  static LocalDate toDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Parses the whole document with StAX (no DTDs, no external entities) and returns the DCT value. */
  private static String checkAndFindDct(String name, String xml) throws TimeMLException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    String dct = null;
    boolean sawText = false;
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new StringReader(xml));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if (local.equals("TEXT")) {
            sawText = true;
          } else if (local.equals("TIMEX3") && dct == null
              && "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
            dct = r.getAttributeValue(null, "value");
          }
        }
      }
    } catch (XMLStreamException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
          + ", column " + e.getLocation().getColumnNumber();
      String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*\\]\\s*Message:\\s*", "");
      throw new TimeMLException(name, "malformed XML" + where + ": " + msg.trim(), e);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
    if (!sawText) {
      throw new TimeMLException(name, "no <TEXT> element");
    }
    return dct;
  }
}
