package org.attest.eval.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Finding;
import org.attest.model.FindingKind;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every rule of the gold format, on a hand-made ledger of a hand-written article (test resources). */
class GoldScorerTest {

  static final Provenance P = Provenance.of("test", "0");
  static String text;
  static GoldFile gold;
  static GoldReport report;

  @BeforeAll
  static void score() throws Exception {
    Path dir = Path.of(GoldScorerTest.class.getResource("/gold/toy-gold.json").toURI()).getParent();
    text = java.nio.file.Files.readString(dir.resolve("toy-article.txt"), StandardCharsets.UTF_8);
    gold = GoldFile.read(dir.resolve("toy-gold.json"));
    report = GoldScorer.score(gold, ledger(), text);
  }

  /** The span of the {@code n}-th (0-based) occurrence of {@code s} in the article. */
  static Span at(String s, int n) {
    int i = -1;
    for (int k = 0; k <= n; k++) {
      i = text.indexOf(s, i + 1);
    }
    if (i < 0) {
      throw new IllegalArgumentException(s);
    }
    return Span.of(i, i + s.length());
  }

  static Span at(String s) {
    return at(s, 0);
  }

  static Entity entity(String id, String name, String... aliases) {
    return new Entity(id, name, EntityType.OTHER, List.of(aliases), List.of(), P);
  }

  static TimeExpression time(String id, String s, String value) {
    Span sp = at(s);
    return new TimeExpression(id, "d1", sp.begin(), sp.end(), s, "DATE", value, null, P);
  }

  static Event event(String id, String trigger, int occurrence, EventType type, List<String> actor, String target,
      String location, String time, Quantity q, Modality modality) {
    Span sp = at(trigger, occurrence);
    return new Event(id, "d1", sp.begin(), sp.end(), trigger, null, type, trigger, actor, target, location, time, q,
        modality, Polarity.POSITIVE, null, P);
  }

  static Attribution attribution(String id, String event, String source, Stance stance, String cue, String time, String via) {
    Span sp = cue == null ? Span.of(0, 0) : at(cue);
    return new Attribution(id, event, source, via, "d1", sp.begin(), sp.end(), cue, null, null, stance,
        Certainty.CERTAIN, time, P);
  }

  static Ledger ledger() {
    List<Entity> entities = List.of(
        entity("e1", "Acme Corp", "Acme Corp", "Acme"),
        entity("e2", "Borduria", "Borduria", "Bordurian government"),
        entity("e3", "Syldavia"),
        entity("e4", "Borduria's foreign ministry"),
        entity("e5", "the minister"),
        entity("e6", "Bordacme", "Acme", "Borduria")); // a merged entity: ambiguous, resolves to nothing
    List<TimeExpression> times = List.of(
        time("t1", "Monday", "XXXX-WXX-1"),
        time("t2", "March 2021", "2021-03"),
        time("t3", "April 2021", "2021-05"));
    List<Event> events = List.of(
        event("v1", "sent", 0, EventType.MOBILIZE, List.of("e1"), null, "e2", "t2",
            new Quantity("about 300", new BigDecimal(300), null, null, true, "engineers"), Modality.ACTUAL),
        event("v2", "send", 0, EventType.AID, List.of("e1"), null, null, null,
            new Quantity("up to 900", null, null, new BigDecimal(900), false, "engineers"), Modality.ACTUAL),
        event("v3", "arrived", 0, EventType.MOBILIZE, List.of("e2"), null, null, null, null, Modality.ACTUAL),
        event("v4", "Clashes", 0, EventType.ASSAULT, List.of("e3"), "e2", null, null, null, Modality.ACTUAL),
        event("v5", "said", 0, EventType.CONSULT, List.of("e6"), null, null, null, null, Modality.ACTUAL));
    List<Attribution> attributions = List.of(
        attribution("a1", "v1", "e1", Stance.ASSERT, "said", "t1", null),
        attribution("a2", "v1", "e2", Stance.DENY, "denied", null, null),
        attribution("a3", "v1", "e4", Stance.CONFIRM, "confirmed", null, "a1"),
        attribution("a4", "v2", Attribution.AUTHOR, Stance.ASSERT, null, null, null));
    Span q = at("\"We welcome the help,\"");
    List<Quote> quotes = List.of(new Quote("q1", "d1", q.begin(), q.end(), q.of(text), "e5", P));
    List<Finding> findings = List.of(
        new Finding("f1", FindingKind.STANCE_REVERSAL, List.of("a2", "a3"), "denied, then confirmed", P),
        new Finding("f2", FindingKind.QUANTITY_CONFLICT, List.of("v1", "v2"), "300 vs 900", P),
        new Finding("f3", FindingKind.DATE_CONFLICT, List.of("a1", "a3"), "", P),
        new Finding("f4", FindingKind.CONTRADICTION, List.of("v1", "v3"), "", P));
    DocumentInfo info = new DocumentInfo("d1", "x", null, null, null, "2021-03-10", "toy-article.txt", "en", text.length());
    return new Ledger(Ledger.FORMAT, List.of(info), entities, times, events, attributions, quotes, findings);
  }

  @Test
  void timesMatchByOverlapAndEqualValue() {
    assertThat(report.item("T1").passed()).isTrue();
    assertThat(report.item("T2").passed()).isFalse();
    assertThat(report.item("T2").found()).contains("2021-05");
    assertThat(report.item("T3").found()).contains("XXXX-WXX-1");
    assertThat(report.item("T4").found()).contains("snippet not found");
    assertThat(report.section("times").passed()).isEqualTo(1);
    assertThat(report.section("times").total()).isEqualTo(4);
  }

  @Test
  void eventsNeedOverlapTypeActorAndTimeWhereGiven() {
    assertThat(report.item("G1").passed()).as("alias actor, time value").isTrue();
    assertThat(report.item("G2").passed()).as("canonical actor, no time in gold").isTrue();
    assertThat(report.item("G3").passed()).isFalse();
    assertThat(report.item("G3").found()).contains("wrong actor");
    assertThat(report.item("G4").passed()).as("actor list: all among actors and target").isTrue();
    assertThat(report.item("G5").passed()).as("actor list with one missing").isFalse();
    assertThat(report.item("G6").found()).contains("wrong type MOBILIZE");
    assertThat(report.item("G7").found()).contains("wrong time 2021-03");
    assertThat(report.item("G8").passed()).as("a merged ledger entity resolves to nothing").isFalse();
    assertThat(report.section("events").passed()).isEqualTo(3);
  }

  @Test
  void slotsAreScoredButDoNotDecideTheMatch() {
    assertThat(report.item("G1").slots()).extracting(GoldReport.Slot::name, GoldReport.Slot::ok)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("location", true),
            org.assertj.core.groups.Tuple.tuple("quantity", true),
            org.assertj.core.groups.Tuple.tuple("modality", true));
    assertThat(report.item("G2").passed()).isTrue();
    assertThat(report.item("G2").slots()).extracting(GoldReport.Slot::name, GoldReport.Slot::ok)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("quantity", true),
            org.assertj.core.groups.Tuple.tuple("modality", false));
    assertThat(report.item("A1").slots().get(0).ok()).as("attribution time").isFalse();
    assertThat(report.item("A3").slots().get(0).ok()).as("via Acme").isTrue();
    assertThat(report.slots()).isEqualTo(new GoldReport.Slots(5, 7));
  }

  @Test
  void quantitySlotComparesOnlyWhatTheGoldGives() {
    var approx300 = new GoldFile.GoldQuantity(new BigDecimal(300), null, null, true);
    assertThat(GoldScorer.quantityOk(approx300, new Quantity("300", new BigDecimal("300.0"), null, null, true, null))).isTrue();
    assertThat(GoldScorer.quantityOk(approx300, new Quantity("300", new BigDecimal(300), null, null, false, null))).isFalse();
    assertThat(GoldScorer.quantityOk(approx300, new Quantity("up to 300", null, null, new BigDecimal(300), true, null))).isFalse();
    assertThat(GoldScorer.quantityOk(new GoldFile.GoldQuantity(null, null, new BigDecimal(12), null),
        new Quantity("up to 12", null, null, new BigDecimal(12), true, null))).isTrue();
    assertThat(GoldScorer.quantityOk(approx300, null)).isFalse();
  }

  @Test
  void attributionsNeedAMatchedEventSameSourceAndAStanceInTheList() {
    assertThat(report.item("A1").passed()).isTrue();
    assertThat(report.item("A2").passed()).as("event list: any of them").isTrue();
    assertThat(report.item("A3").passed()).as("case and typographic apostrophe folded").isTrue();
    assertThat(report.item("A4").passed()).as("AUTHOR").isTrue();
    assertThat(report.item("A5").passed()).as("stance not in list").isFalse();
    assertThat(report.item("A6").found()).contains("G3 is not matched");
    assertThat(report.item("A7").passed()).isFalse();
    assertThat(report.item("A8").passed()).as("an entity source is not AUTHOR").isFalse();
    assertThat(report.section("attributions").passed()).isEqualTo(4);
  }

  @Test
  void quotesNeedTheSnippetInsideAQuoteWithTheSpeaker() {
    assertThat(report.item("Q1").passed()).isTrue();
    assertThat(report.item("Q2").found()).contains("no ledger quote contains");
    assertThat(report.item("Q3").found()).contains("speaker the minister");
    assertThat(report.section("quotes").passed()).isEqualTo(1);
  }

  @Test
  void findingsRequiredPresentForbiddenAbsentOptionalUnscored() {
    assertThat(report.item("F1").passed()).isTrue();
    assertThat(report.item("F2").passed()).isFalse();
    assertThat(report.item("F3").status()).isEqualTo("info");
    assertThat(report.item("F3").found()).startsWith("present: f3");
    assertThat(report.item("N1").passed()).as("forbidden quantity conflict is present").isFalse();
    assertThat(report.item("N2").passed()).as("date conflict f3 rests on G1 only, not G2").isTrue();
    assertThat(report.item("N3").passed()).as("forbidden: events need only overlap the snippet").isFalse();
    assertThat(report.section("findings").passed()).isEqualTo(2);
    assertThat(report.section("findings").total()).isEqualTo(5);
  }

  @Test
  void rendersTextAndJsonDeterministically() {
    String t = report.renderText();
    assertThat(t).contains("✓ G1").contains("✗ G3").contains("· F3").contains("Totals:  times 1/4  events 3/8");
    assertThat(t).isEqualTo(GoldScorer.score(gold, ledger(), text).renderText());
    assertThat(LedgerJson.write(report)).contains("\"status\" : \"fail\"").isEqualTo(LedgerJson.write(GoldScorer.score(gold, ledger(), text)));
  }

  @Test
  void anEmptyLedgerFailsEveryScoredItemButForbiddenFindings() {
    GoldReport empty = GoldScorer.score(gold, Ledger.empty(), text);
    assertThat(empty.sections()).allSatisfy(s -> {
      if (!s.name().equals("findings")) {
        assertThat(s.passed()).isZero();
      }
    });
    assertThat(empty.section("findings").passed()).isEqualTo(3);
  }
}
