package org.attest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.extract.Pipelines.extract;
import static org.attest.extract.Pipelines.idOf;

import org.attest.model.Ledger;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

  @Test
  void aDashLineNamesTheSpeaker() {
    String text = "The minister spoke at length.\n\n“We will rebuild every school.”\n\n– Jacinda Ardern\n\nThe crowd cheered.";
    Ledger l = extract(text, "2024-01-01");
    assertThat(l.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("“We will rebuild every school.”");
      assertThat(text.substring(q.begin(), q.end())).isEqualTo(q.text());
      assertThat(q.speaker()).isEqualTo(idOf(l, "Jacinda Ardern"));
    });
  }

  @Test
  void theSubjectOfTheGoverningVerbSpeaks() {
    Ledger l = extract("\"We have no plans to leave,\" the Danish prime minister told reporters.", "2024-01-01");
    assertThat(l.quotes()).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo(idOf(l, "Denmark's prime minister")));
  }

  @Test
  void anUnbalancedQuoteMarkSwallowsNothing() {
    Ledger l = extract("Officials spoke of a \"new era. Nothing else was said about it.", "2024-01-01");
    assertThat(l.quotes()).isEmpty();
  }
}
