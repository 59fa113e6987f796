package org.attest.extract.plover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.extract.plover.CameoDictionary.Marker;
import org.attest.extract.plover.CameoDictionary.Prep;
import org.attest.extract.plover.CameoDictionary.Words;
import org.junit.jupiter.api.Test;

class CameoDictionaryTest {

  // A small dictionary in the PETRARCH2 format, written for this test.
  private static final List<String> LINES = List.of(
      "# comment",
      "####### SYNONYM SETS #######",
      "&VESSEL",
      "+BOAT",
      "+FERRY",
      "+CARGO_SHIP",
      "&HARBOR_",
      "+PORT",
      "",
      "####### VERB PATTERNS #######",
      "",
      "---  SINK   [190]  ---",
      "SINK {SANK SUNK SINKING }",
      "+SEND_DOWN {+SENT_DOWN}",
      "SCUTTLE [1712]  # own code",
      "- * &VESSEL                       [195]   # SINK",
      "- * (IN &HARBOR)                  [193]   # SINK",
      "- &VESSEL * $ +                   [---]   # SINK",
      "- * {OLD &VESSEL} (TO BOTTOM)     [194]   # SINK",
      "",
      "---  PONDER   [---]  ---",
      "PONDER",
      "- * (OVER {PEACE PLAN})           [036:036]",
      "- * &UNDEFINED                    [111]",
      "",
      "######## TRANSFORMATIONS ##########",
      "---  IGNORED   [999]  ---",
      "IGNORED");

  @Test
  void readsSynsetsWithRegularPluralsUnlessTheLabelSaysNot() {
    CameoDictionary d = CameoDictionary.parse(LINES);
    assertThat(d.synsets().get("&VESSEL")).contains(List.of("boat"), List.of("boats"), List.of("ferry"),
        List.of("ferries"), List.of("cargo", "ship"), List.of("cargo", "ships"));
    assertThat(d.synsets().get("&HARBOR")).containsExactly(List.of("port"));
  }

  @Test
  void readsBlocksVerbsFormsAndCodes() {
    CameoDictionary d = CameoDictionary.parse(LINES);
    assertThat(d.blocks()).extracting(CameoDictionary.Block::name).containsExactly("SINK", "PONDER");
    var sink = d.verbs("sink").get(0);
    assertThat(sink.effectiveCode()).isEqualTo("190");
    assertThat(d.verbs("sank")).containsExactly(sink);
    var scuttle = d.verbs("scuttle").get(0);
    assertThat(scuttle.code()).isEqualTo("1712");
    var sendDown = d.verbs("send").get(0);
    assertThat(sendDown.particles()).containsExactly("down");
    assertThat(d.verbs("sent")).containsExactly(sendDown);
    assertThat(d.verbs("ponder").get(0).effectiveCode()).isEqualTo("---");
    assertThat(d.verbs("ignored")).isEmpty(); // after the transformations header
  }

  @Test
  void readsPatternsIntoElementsBeforeAndAfterTheVerb() {
    CameoDictionary d = CameoDictionary.parse(LINES);
    var patterns = d.blocks().get(0).patterns();
    assertThat(patterns).extracting(CameoDictionary.Pattern::code).containsExactly("195", "193", "---", "194");
    var inHarbor = patterns.get(1);
    assertThat(inHarbor.before()).isEmpty();
    assertThat(inHarbor.after()).singleElement().isInstanceOfSatisfying(Prep.class, p -> {
      assertThat(p.prepositions()).containsExactly("in");
      assertThat(p.inside()).singleElement().isInstanceOf(Words.class);
    });
    var subjectPattern = patterns.get(2);
    assertThat(subjectPattern.before()).singleElement().isInstanceOf(Words.class);
    assertThat(subjectPattern.after()).containsExactly(new Marker('$'), new Marker('+'));
    var phrase = (Words) patterns.get(3).after().get(0);
    assertThat(phrase.alternatives()).contains(List.of("old", "boat"), List.of("old", "cargo", "ships"));
    assertThat(patterns.get(3).specificity()).isEqualTo(3);
  }

  @Test
  void aPatternWithAnUndefinedSynsetIsSkippedAndCounted() {
    CameoDictionary d = CameoDictionary.parse(LINES);
    assertThat(d.blocks().get(1).patterns()).extracting(CameoDictionary.Pattern::code).containsExactly("036");
    assertThat(d.skippedPatterns()).isEqualTo(1);
  }

  @Test
  void theBundledDictionaryLoads() {
    CameoDictionary d = org.attest.extract.lexicon.Lexicons.defaults().lexicon().cameo().dictionary();
    assertThat(d.blocks()).hasSizeGreaterThan(300);
    assertThat(d.synsets()).containsKey("&MILITARY");
    assertThat(d.verbs("attack")).isNotEmpty();
    assertThat(d.verbs("fought")).extracting(v -> v.head()).contains("fight");
  }
}
