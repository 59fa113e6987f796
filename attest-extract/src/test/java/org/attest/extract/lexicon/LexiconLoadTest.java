package org.attest.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The word lists are parsed once, into types; a malformed or unknown entry fails at load, by file and line. */
class LexiconLoadTest {

  static final List<String> FILES = List.of("countries.tsv", "roles.txt", "institutions.txt", "metonyms.txt",
      "geo-nouns.txt", "content-nouns.txt", "light-verbs.txt", "cues.tsv", "events.tsv", "word-classes.tsv",
      "function-words.tsv", "word-sets.tsv", "numbers.tsv", "event-nouns.txt", "not-event-nouns.txt", "nominalizations.tsv",
      "common-words.txt");

  @TempDir Path tmp;
  private int copies;

  /** A copy of the English bundle under tmp, with one file replaced. */
  private Lexicons bundleWith(String file, String content) throws Exception {
    Path root = tmp.resolve("copy" + (++copies));
    Path dir = Files.createDirectories(root.resolve("lex"));
    List<String> all = new java.util.ArrayList<>(FILES);
    all.addAll(Lexicon.PLOVER_FILES);
    for (String f : all) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/attest/extract/lexicon/" + f)) {
        Files.createDirectories(dir.resolve(f).getParent());
        Files.copy(in, dir.resolve(f));
      }
    }
    if (file != null) {
      Files.writeString(dir.resolve(file), content);
    }
    ClassLoader cl = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    return Lexicons.fromFiles("xx", new LexiconFiles(cl, "lex"));
  }

  @Test
  void theEnglishBundleLoadsIntoTypedStructures() throws Exception {
    Lexicons en = Lexicons.defaults();
    assertThat(Lexicons.languages()).containsExactly(en.language());
    assertThat(en.lexicon().words(WordSet.Name.FUTURE_AUX).contains("will")).isTrue();
    assertThat(en.lexicon().words(WordSet.Name.MAX_CUES).words()).startsWith("up to");
    assertThat(en.lexicon().numbers().parse("twenty-one")).isEqualByComparingTo("21");
    assertThat(en.lexicon().numbers().scale("Million")).isEqualByComparingTo("1000000");
    assertThat(en.functionWords().negators()).contains("not", "never");
    assertThat(en.lexicon().triggers("seize")).anyMatch(t -> t.condition() instanceof Condition.ObjectIn);
    assertThat(en.hash()).hasSize(16);
    // The same files give the same hash; a changed file another.
    assertThat(bundleWith(null, null).hash()).isEqualTo(en.hash());
  }

  @Test
  void anEditedWordListChangesTheHash() throws Exception {
    String before = Lexicons.defaults().hash();
    assertThat(bundleWith("light-verbs.txt", "be\nhave\n").hash()).isNotEqualTo(before);
  }

  @Test
  void anUnknownTriggerConditionFailsAtLoad() {
    assertThatThrownBy(() -> bundleWith("events.tsv", "seize\tCOERCE\tV\tobject-is=place\n"))
        .hasMessageContaining("events.tsv").hasMessageContaining("unknown condition 'object-is=place'");
    assertThatThrownBy(() -> bundleWith("events.tsv", "seize\tCOERCE\tV\tobj=spaceship\n"))
        .hasMessageContaining("unknown word class 'spaceship'");
    assertThatThrownBy(() -> bundleWith("events.tsv", "seize\tCOERCE\tQ\n")).hasMessageContaining("unknown part of speech 'Q'");
    assertThatThrownBy(() -> bundleWith("events.tsv", "seize\tNOT_A_TYPE\tV\n")).hasMessageContaining("events.tsv");
  }

  @Test
  void wordSetsMustBeTheKnownOnes() {
    assertThatThrownBy(() -> bundleWith("word-sets.tsv", "plan-govenors\tplan\n")).hasMessageContaining("unknown set");
    assertThatThrownBy(() -> bundleWith("word-sets.tsv", "hedges\tallegedly\n")).hasMessageContaining("no line for set");
  }

  /** The PETRARCH2/Phoenix dictionaries are the bundle's own: parsed with it, in its hash, read by the extractors from it. */
  @Test
  void thePloverDictionariesBelongToTheBundle() throws Exception {
    Lexicons en = Lexicons.defaults();
    assertThat(en.lexicon().cameo().dictionary().verbs("seize")).isNotEmpty();
    assertThat(en.lexicon().cameo().mapping().coding("02").type()).isEqualTo(org.attest.model.EventType.DEMAND);
    assertThat(en.lexicon().actors().resolve("Vladimir Putin", java.time.LocalDate.of(2010, 7, 1)).code()).startsWith("RUS");
    // without the decisions file, CAMEO 02 is no longer typed, and the hash says the bundle changed
    Lexicons edited = bundleWith("plover/plover-decisions.tsv", "# none\n");
    assertThat(edited.hash()).isNotEqualTo(en.hash());
    assertThat(edited.lexicon().cameo().mapping().coding("02")).isNull();
  }

  /** The suffix rules of nominalizations are the bundle's data: "deployment" reads as "deploy". */
  @Test
  void nominalizationsAreRulesOfTheBundle() throws Exception {
    Lexicon en = Lexicons.defaults().lexicon();
    assertThat(en.nominalizationCandidates("deployment")).containsExactly("deploy");
    assertThat(en.nominalizationCandidates("admission")).containsExactly("admisd", "admisde", "admist", "admiss", "admit");
    assertThat(en.nominalizationCandidates("denial")).containsExactly("deni", "denie", "deny");
    assertThat(en.nominalizationCandidates("hitting")).containsExactly("hitt", "hitte", "hit");
    assertThat(en.nominalizationCandidates("ring")).isEmpty(); // five letters or fewer keep their -ing
    assertThat(en.baseVerb("negotiation", v -> v.equals("negotiate"))).isEqualTo("negotiate");
    assertThat(en.baseVerb("station", v -> v.equals("station"))).isNull(); // only a known verb counts
    Lexicon none = bundleWith("nominalizations.tsv", "# no rules\n").lexicon();
    assertThat(none.nominalizationCandidates("deployment")).isEmpty();
    assertThatThrownBy(() -> bundleWith("nominalizations.tsv", "(.*ment\t$1\n")).hasMessageContaining("nominalizations.tsv");
  }

  /** The bundle names its language and its common words without loading its lexicons. */
  @Test
  void theBundleGivesItsCommonWordsOnTheirOwn() {
    LanguageBundle b = Lexicons.defaultBundle();
    assertThat(b.language()).isEqualTo(Lexicons.languages().get(0));
    assertThat(b.commonWords()).contains("the", "of", "said").hasSize(154);
  }

  @Test
  void conditionsParseIntoTheirTypes() {
    Set<String> classes = Set.of("combat", "military");
    assertThat(Condition.parse("prep=on/at", classes)).isEqualTo(new Condition.Prep(List.of("on", "at"), null));
    assertThat(Condition.parse("prep=in:combat", classes)).isEqualTo(new Condition.Prep(List.of("in"), "combat"));
    assertThat(Condition.parse("subj=military", classes)).isEqualTo(new Condition.SubjectIn("military"));
    assertThat(Condition.parse("party", classes)).isInstanceOf(Condition.Party.class);
    assertThat(Condition.parse("arg", classes).text()).isEqualTo("arg");
    assertThat(Condition.parse("prep=in:combat", classes).text()).isEqualTo("prep=in:combat");
    assertThatThrownBy(() -> Condition.parse("prep=", classes)).hasMessageContaining("malformed");
  }
}
