package org.attest.crossdoc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void keysFoldCaseApostrophesLeadingTheAndDebris() {
    assertThat(NameKey.of("The Kremlin’s")).isEqualTo("kremlin");
    assertThat(NameKey.of("  KREMLIN ")).isEqualTo("kremlin");
    assertThat(NameKey.of("-Airbus")).isEqualTo("airbus");
    assertThat(NameKey.of("EADS N.V.")).isEqualTo("eads n.v");
    assertThat(NameKey.of("Workers' union")).isEqualTo("workers' union");
  }

  @Test
  void descriptionsAreNotProperNames() {
    assertThat(NameKey.isProperName("Bank of Korea")).isTrue();
    assertThat(NameKey.isProperName("KCNA")).isTrue();
    assertThat(NameKey.isProperName("iPhone")).isTrue();
    assertThat(NameKey.isProperName("-Airbus")).isTrue();
    assertThat(NameKey.isProperName("the president")).isFalse();
    assertThat(NameKey.isProperName("the North Korean leader")).isFalse();
    assertThat(NameKey.isProperName("state media")).isFalse();
  }

  @Test
  void aDescriptionOwnedByANameIsPinnedToOneThing() {
    assertThat(NameKey.isOwnedByName("Ruritania's foreign ministry")).isTrue();
    assertThat(NameKey.isOwnedByName("Acme Corp’s chief executive")).isTrue();
    assertThat(NameKey.isOwnedByName("the ministry")).isFalse();
    assertThat(NameKey.isOwnedByName("its foreign ministry")).isFalse();
    assertThat(NameKey.isOwnedByName("the company's spokesman")).isFalse();
    assertThat(NameKey.isOwnedByName("Ruritania's")).isFalse();
    assertThat(NameKey.isOwnedByName("Ruritania's long and winding border with its neighbours")).isFalse();
  }
}
