package org.attest.time.timeml;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.time.Timex;

/**
 * Writes a TimeML document back with the given TIMEX3 elements inline in TEXT, in place of any
 * gold annotation markup. The TEXT characters, every other element and everything outside TEXT are
 * copied unchanged, except that link and instance elements (which point at the removed gold
 * annotations) are dropped.
 */
public final class TimeMLWriter {

  private static final Pattern LINKS =
      Pattern.compile("[ \\t]*<(MAKEINSTANCE|TLINK|SLINK|ALINK)\\b[^>]*?(/>|>.*?</\\1>)[ \\t]*\\r?\\n?", Pattern.DOTALL);
  private static final Pattern TID = Pattern.compile("\\btid\\s*=\\s*[\"']t(\\d+)[\"']");

  private TimeMLWriter() {}

  /**
   * The document with {@code timexes} (spans in {@link TimeMLDocument#text()} offsets, sorted, not
   * overlapping, not crossing markup) tagged inline. Spans that cross markup are left out.
   */
  public static String write(TimeMLDocument doc, List<Timex> timexes) {
    String raw = doc.raw();
    Set<Integer> usedTids = new HashSet<>();
    Matcher tm = TID.matcher(raw.substring(0, doc.textContentBegin()) + raw.substring(doc.textContentEnd()));
    while (tm.find()) {
      usedTids.add(Integer.parseInt(tm.group(1)));
    }
    StringBuilder out = new StringBuilder(raw.length() + timexes.size() * 64);
    out.append(LINKS.matcher(raw.substring(0, doc.textContentBegin())).replaceAll(""));
    int[] nextTid = {1};
    TextScanner.scan(raw, doc.textContentBegin(), doc.textContentEnd(), new TextScanner.Visitor() {
      int plain = 0;
      int next = 0; // index of the next timex to open
      Timex open;

      @Override
      public void text(String decoded, int rawBegin, int rawEnd, boolean inCdata) {
        while (open == null && next < timexes.size() && timexes.get(next).span().end() <= plain) {
          next++; // a span that could not be opened (crossing markup or in CDATA) is skipped
        }
        if (open == null && next < timexes.size() && timexes.get(next).span().begin() == plain && !inCdata
            && fits(doc, timexes.get(next))) {
          open = timexes.get(next++);
          while (usedTids.contains(nextTid[0])) nextTid[0]++;
          out.append("<TIMEX3 tid=\"t").append(nextTid[0]++).append("\" type=\"")
              .append(TextScanner.escapeAttribute(open.type())).append("\" value=\"")
              .append(TextScanner.escapeAttribute(open.value())).append('"');
          if (open.mod() != null) {
            out.append(" mod=\"").append(TextScanner.escapeAttribute(open.mod())).append('"');
          }
          out.append('>');
        }
        out.append(raw, rawBegin, rawEnd);
        plain += decoded.length();
        if (open != null && open.span().end() == plain) {
          out.append("</TIMEX3>");
          open = null;
        }
      }

      @Override
      public void tag(String name, TextScanner.Kind kind, Map<String, String> attributes, int rawBegin, int rawEnd) {
        if (!TextScanner.ANNOTATION_ELEMENTS.contains(name)) {
          out.append(raw, rawBegin, rawEnd);
        }
      }

      @Override
      public void other(int rawBegin, int rawEnd) {
        out.append(raw, rawBegin, rawEnd);
      }
    });
    out.append(LINKS.matcher(raw.substring(doc.textContentEnd())).replaceAll(""));
    return out.toString();
  }

  private static boolean fits(TimeMLDocument doc, Timex t) {
    for (int b : doc.breaks()) {
      if (b > t.span().begin() && b < t.span().end()) {
        return false;
      }
    }
    return t.span().end() <= doc.text().length();
  }
}
