package org.attest.extract.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

  // Invented actors in the Phoenix format, written for this test.
  private static final List<String> ACTORS = List.of(
      "# comment",
      "RURITANIA_  [RUR]",
      "+RURITANIAN_",
      "ANNA_VOLK_  # a minister, then out of office, then president",
      "+A._VOLK_",
      "\t[RURGOVFRM 050101-091231]",
      "\t[RURELI 100101-120630]",
      "\t[RURGOV >120701]",
      "\t[RURELI]",
      "OTTO_GRAU_ [RUROPP]",
      "WORLD_FISH_COUNCIL_\t[IGOENV]");
  private static final List<String> AGENTS = List.of(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN",
      "POLICE {} [~COP]",
      "REBEL [~REB]",
      "FISHER!PERSON! [~AGR]",
      "FOREIGN_MINISTRY [~GOV]");

  @Test
  void resolvesAnActorToItsCountryAndRoleOnTheDate() {
    ActorDictionary a = ActorDictionary.parse(ACTORS, AGENTS);
    assertThat(a.country("RUR")).isEqualTo("Ruritania");
    var asMinister = a.resolve("Anna Volk", LocalDate.of(2007, 3, 1));
    assertThat(asMinister.country()).isEqualTo("Ruritania");
    assertThat(asMinister.code()).isEqualTo("RURGOVFRM");
    assertThat(a.resolve("A. Volk", LocalDate.of(2011, 1, 1)).role()).isEqualTo("ELI");
    assertThat(a.resolve("anna volk", LocalDate.of(2014, 5, 5)).code()).isEqualTo("RURGOV");
    // Before any dated term: the undated default.
    assertThat(a.resolve("Anna Volk", LocalDate.of(1999, 1, 1)).code()).isEqualTo("RURELI");
    // Without a date: the latest term, the open-ended one.
    assertThat(a.resolve("Anna Volk", null).code()).isEqualTo("RURGOV");
    assertThat(a.resolve("Otto Grau", LocalDate.of(2020, 1, 1)).role()).isEqualTo("OPP");
    assertThat(a.resolve("World Fish Council", null).country()).isNull();
    assertThat(a.resolve("Nobody Known", null)).isNull();
  }

  @Test
  void readsAgentsWithPluralsAndSubstitutions() {
    ActorDictionary a = ActorDictionary.parse(ACTORS, AGENTS);
    assertThat(a.agent("police")).isEqualTo("~COP");
    assertThat(a.agent("polices")).isNull(); // {} : no plural
    assertThat(a.agent("rebels")).isEqualTo("~REB");
    assertThat(a.agent("fisherwomen")).isEqualTo("~AGR");
    assertThat(a.agent("foreign ministry")).isEqualTo("~GOV");
  }

  @Test
  void readsYearsInBothDateForms() {
    assertThat(ActorDictionary.date("041201")).isEqualTo(LocalDate.of(2004, 12, 1));
    assertThat(ActorDictionary.date("970101")).isEqualTo(LocalDate.of(1997, 1, 1));
    assertThat(ActorDictionary.date("18970101")).isEqualTo(LocalDate.of(1897, 1, 1));
  }

  @Test
  void theBundledDictionariesLoad() {
    ActorDictionary a = org.attest.extract.lexicon.Lexicons.defaults().lexicon().actors();
    assertThat(a.actorCount()).isGreaterThan(10_000);
    assertThat(a.country("PRK")).isEqualTo("North Korea");
    var r = a.resolve("Kim Jong Il", LocalDate.of(2010, 6, 1));
    assertThat(r.country()).isEqualTo("North Korea");
    assertThat(r.role()).startsWith("GOV");
    assertThat(a.agent("rebels")).isNotNull();
  }
}
