package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.TimeZone;
import org.attest.model.LedgerJson;
import org.junit.jupiter.api.Test;

/** Same input and options, byte-identical output: whatever the time zone, locale or run. */
class DeterminismTest {

  private static final String TEXT = "Yesterday, Argentine officials said that Chile had recalled its ambassador "
      + "in January. “It is a mistake,” the Chilean foreign minister said on Monday.";

  @Test
  void outputDoesNotDependOnTimeZoneLocaleOrRepetition() {
    TimeZone tz = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      String first = LedgerJson.write(Pipelines.extract(TEXT, "2024-02-29"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String second = LedgerJson.write(Pipelines.extract(TEXT, "2024-02-29"));
      assertThat(second).isEqualTo(first);
      assertThat(first).contains("\"2024-02-28\"");
    } finally {
      TimeZone.setDefault(tz);
      Locale.setDefault(locale);
    }
  }
}
