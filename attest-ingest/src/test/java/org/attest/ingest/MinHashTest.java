package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

  private static double sim(String a, String b) {
    return MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
  }

  private static boolean shareBand(String a, String b) {
    long[] x = MinHash.bandKeys(MinHash.signature(a));
    long[] y = MinHash.bandKeys(MinHash.signature(b));
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void republishedCopyWithNewHeadlineAndEditsIsNearDuplicate() {
    String original = "Council votes to close bridge\n\n" + Articles.BRIDGE;
    String copy = "Riverton bridge shut after safety report\n\n"
        + Articles.BRIDGE.replace("on Tuesday", "this week").replace("A spokesman for the engineering firm that wrote "
            + "the report declined to comment on the cost of repairs.", "")
        + "\n(Reporting by Valley Wire; editing by staff)";
    double s = sim(original, copy);
    assertThat(s).isGreaterThan(MinHash.THRESHOLD + 0.1);
    assertThat(shareBand(original, copy)).isTrue();
  }

  @Test
  void differentReportsOfOneStorySharingAQuoteAreNot() {
    String quote = " The mayor said the closure would last at least three months while engineers assess the damage.";
    String other = Articles.FLOODS + quote;
    String mine = "Lorry drivers in Riverton face long detours from next week. " + quote
        + " Hauliers said the decision came without warning and that they had not been consulted.";
    assertThat(sim(other, mine)).isLessThan(MinHash.THRESHOLD - 0.2);
    assertThat(sim(Articles.BRIDGE, Articles.FLOODS)).isLessThan(0.05);
  }

  @Test
  void signaturesAreDeterministicAndCaseInsensitive() {
    assertThat(MinHash.signature(Articles.BRIDGE)).isEqualTo(MinHash.signature(Articles.BRIDGE.toUpperCase()));
    assertThat(sim(Articles.BRIDGE, Articles.BRIDGE)).isEqualTo(1.0);
    assertThat(MinHash.signature("a b")).hasSize(MinHash.HASHES);
  }
}
