package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnglishCheckTest {

  @Test
  void englishNewsPasses() {
    assertThatCode(() -> EnglishCheck.require(Articles.BRIDGE)).doesNotThrowAnyException();
    assertThatCode(() -> EnglishCheck.require(Articles.FLOODS)).doesNotThrowAnyException();
    assertThatCode(() -> EnglishCheck.require("Breaking: bridge closed")).doesNotThrowAnyException();
  }

  @Test
  void germanAndNonLatinTextsAreRefused() {
    assertThatThrownBy(() -> EnglishCheck.require(Articles.GERMAN))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("not English");
    String greek = "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα του ποταμού για τα βαριά οχήματα.";
    assertThatThrownBy(() -> EnglishCheck.require(greek)).hasMessageContaining("not Latin");
  }
}
