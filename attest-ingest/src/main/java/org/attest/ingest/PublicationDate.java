package org.attest.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.extract.lexicon.Lexicons;

/**
 * Turns the many ways pages and feeds write a publication date into the ledger's ISO date. A date
 * with a time and zone keeps the calendar day as the publisher wrote it (no conversion to UTC:
 * "2025-07-01T23:30-05:00" was published on 1 July where it was written).
 */
public final class PublicationDate {

  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern COMPACT_DAY = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  /** RFC 1123 dates are English by the standard; written-out months are in the language bundle's language. */
  private static final List<DateTimeFormatter> TEXT_FORMATS = textFormats(
      Locale.forLanguageTag(Lexicons.defaultBundle().language()));

  private static List<DateTimeFormatter> textFormats(Locale months) {
    return List.of(
        DateTimeFormatter.RFC_1123_DATE_TIME,
        DateTimeFormatter.ofPattern("MMMM d, uuuu", months),
        DateTimeFormatter.ofPattern("MMM d, uuuu", months),
        DateTimeFormatter.ofPattern("d MMMM uuuu", months),
        DateTimeFormatter.ofPattern("d MMM uuuu", months),
        DateTimeFormatter.ofPattern("uuuu/MM/dd", months));
  }

  private PublicationDate() {}

  /** The ISO date ({@code 2025-07-01}) written in {@code s}, or null when none can be read. */
  public static String normalize(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    Matcher m = ISO_DAY.matcher(t);
    if (!m.find()) {
      m = COMPACT_DAY.matcher(t);
      if (!m.find()) {
        return parseText(t);
      }
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A feed library's instant, as the UTC calendar day (feeds give no zone we could keep). */
  public static String of(Date date) {
    return date == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), ZoneOffset.UTC).toString();
  }

  private static String parseText(String t) {
    for (DateTimeFormatter f : TEXT_FORMATS) {
      try {
        if (f == DateTimeFormatter.RFC_1123_DATE_TIME) {
          return ZonedDateTime.parse(t, f).toLocalDate().toString();
        }
        return LocalDate.parse(t, f).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    try {
      return OffsetDateTime.parse(t).toLocalDate().toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
