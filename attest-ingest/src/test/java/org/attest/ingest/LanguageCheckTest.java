package org.attest.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  @Test
  void englishNewsPasses() {
    assertThatCode(() -> LanguageCheck.defaults().require(Articles.BRIDGE)).doesNotThrowAnyException();
    assertThatCode(() -> LanguageCheck.defaults().require(Articles.FLOODS)).doesNotThrowAnyException();
    assertThatCode(() -> LanguageCheck.defaults().require("Breaking: bridge closed")).doesNotThrowAnyException();
  }

  @Test
  void germanAndNonLatinTextsAreRefused() {
    assertThatThrownBy(() -> LanguageCheck.defaults().require(Articles.GERMAN))
        .isInstanceOf(InputRejectedException.class).hasMessageStartingWith("not English");
    String greek = "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να κλείσει την παλιά γέφυρα του ποταμού για τα βαριά οχήματα.";
    assertThatThrownBy(() -> LanguageCheck.defaults().require(greek)).hasMessageContaining("not Latin");
  }
}
