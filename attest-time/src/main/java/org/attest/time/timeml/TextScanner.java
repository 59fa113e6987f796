package org.attest.time.timeml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the raw content of a TimeML TEXT element (already checked well-formed by StAX) and reports
 * text characters, tags and other markup in order, with their raw positions. Shared by the reader
 * (which builds the plain text) and the writer (which copies the raw text and swaps the markup), so
 * the two agree on every offset.
 */
final class TextScanner {

  /** Annotation elements whose markup is removed from TEXT (the gold answers and their links). */
  static final Set<String> ANNOTATION_ELEMENTS =
      Set.of("TIMEX3", "EVENT", "SIGNAL", "MAKEINSTANCE", "TLINK", "SLINK", "ALINK", "TIMEX2", "ENAMEX", "NUMEX");

  interface Visitor {
    /** One plain character (a raw character or a decoded entity), raw {@code [rawBegin, rawEnd)}. */
    void text(String decoded, int rawBegin, int rawEnd, boolean inCdata);

    /** A start, end or empty-element tag. */
    void tag(String name, Kind kind, Map<String, String> attributes, int rawBegin, int rawEnd);

    /** A comment or processing instruction: no text. */
    void other(int rawBegin, int rawEnd);
  }

  enum Kind {
    START,
    END,
    EMPTY
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private TextScanner() {}

  static void scan(String raw, int begin, int end, Visitor v) {
    int i = begin;
    while (i < end) {
      char c = raw.charAt(i);
      if (c == '<') {
        if (raw.startsWith("<!--", i)) {
          int e = raw.indexOf("-->", i) + 3;
          v.other(i, e);
          i = e;
        } else if (raw.startsWith("<![CDATA[", i)) {
          int e = raw.indexOf("]]>", i);
          for (int k = i + 9; k < e; k++) {
            v.text(String.valueOf(raw.charAt(k)), k == i + 9 ? i : k, k + 1 == e ? e + 3 : k + 1, true);
          }
          i = e + 3;
        } else if (raw.startsWith("<?", i)) {
          int e = raw.indexOf("?>", i) + 2;
          v.other(i, e);
          i = e;
        } else {
          int e = tagEnd(raw, i);
          String body = raw.substring(i + 1, e - 1);
          Kind kind = body.startsWith("/") ? Kind.END : body.endsWith("/") ? Kind.EMPTY : Kind.START;
          String inner = kind == Kind.END ? body.substring(1) : kind == Kind.EMPTY ? body.substring(0, body.length() - 1) : body;
          int sp = 0;
          while (sp < inner.length() && !Character.isWhitespace(inner.charAt(sp))) sp++;
          String name = inner.substring(0, sp);
          Map<String, String> attrs = new LinkedHashMap<>();
          Matcher m = ATTRIBUTE.matcher(inner);
          m.region(sp, inner.length());
          while (m.find()) {
            attrs.put(m.group(1), decode(m.group(2) != null ? m.group(2) : m.group(3)));
          }
          v.tag(name, kind, attrs, i, e);
          i = e;
        }
      } else if (c == '&') {
        int semi = raw.indexOf(';', i);
        v.text(entity(raw.substring(i + 1, semi)), i, semi + 1, false);
        i = semi + 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < end) {
        v.text(raw.substring(i, i + 2), i, i + 2, false);
        i += 2;
      } else {
        v.text(String.valueOf(c), i, i + 1, false);
        i++;
      }
    }
  }

  private static int tagEnd(String raw, int lt) {
    char quote = 0;
    for (int k = lt + 1; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return k + 1;
      }
    }
    return raw.length();
  }

  static String entity(String name) {
    switch (name) {
      case "amp": return "&";
      case "lt": return "<";
      case "gt": return ">";
      case "quot": return "\"";
      case "apos": return "'";
      default:
        String n = name.toLowerCase(Locale.ROOT);
        int cp = n.startsWith("#x") ? Integer.parseInt(n.substring(2), 16) : Integer.parseInt(n.substring(1));
        return new String(Character.toChars(cp));
    }
  }

  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int amp = s.indexOf('&', i);
      if (amp < 0) {
        sb.append(s, i, s.length());
        break;
      }
      int semi = s.indexOf(';', amp);
      sb.append(s, i, amp).append(entity(s.substring(amp + 1, semi)));
      i = semi + 1;
    }
    return sb.toString();
  }

  static String escapeAttribute(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace(">", "&gt;");
  }
}
