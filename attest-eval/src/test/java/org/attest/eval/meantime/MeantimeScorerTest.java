package org.attest.eval.meantime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.eval.meantime.MeantimeScorer.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Every MEANTIME metric on a hand-written document and a hand-made ledger. */
class MeantimeScorerTest {

  static final Provenance P = Provenance.of("test", "0");

  static final String XML = """
      <?xml version="1.0" ?><Document doc_id="7" doc_name="7_toy" lang="en" url="u">
      <token sentence="0" t_id="1">GM</token><token sentence="0" t_id="2">news</token>
      <token sentence="1" t_id="3">June</token><token sentence="1" t_id="4">1</token><token sentence="1" t_id="5">,</token><token sentence="1" t_id="6">2009</token>
      <token sentence="2" t_id="7">General</token><token sentence="2" t_id="8">Motors</token><token sentence="2" t_id="9">said</token>
      <token sentence="2" t_id="10">it</token><token sentence="2" t_id="11">may</token><token sentence="2" t_id="12">close</token>
      <token sentence="2" t_id="13">plants</token><token sentence="2" t_id="14">on</token><token sentence="2" t_id="15">Monday</token><token sentence="2" t_id="16">.</token>
      <Markables>
      <TIMEX3 m_id="1" type="DATE" value="2009-06-01" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
      <ENTITY_MENTION m_id="2"><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="3"><token_anchor t_id="10"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="4"><token_anchor t_id="13"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="5"><token_anchor t_id="1"/></ENTITY_MENTION>
      <TIMEX3 m_id="6" type="DATE" value="2009-06-08" functionInDocument="NONE"><token_anchor t_id="15"/></TIMEX3>
      <TIMEX3 m_id="60" type="DATE" value="2009" functionInDocument="NONE"/>
      <EVENT_MENTION m_id="7" certainty="CERTAIN" polarity="POS" pos="VERB"><token_anchor t_id="9"/></EVENT_MENTION>
      <EVENT_MENTION m_id="8" certainty="POSSIBLE" polarity="POS" pos="VERB"><token_anchor t_id="12"/></EVENT_MENTION>
      <EVENT_MENTION m_id="9" certainty="CERTAIN" polarity="NEG" pos="NOUN"><token_anchor t_id="2"/></EVENT_MENTION>
      <EVENT_MENTION m_id="10"><token_anchor t_id="11"/></EVENT_MENTION>
      <ENTITY m_id="20" ent_type="ORG" TAG_DESCRIPTOR="General Motors"/>
      <ENTITY m_id="21" ent_type="PRO" TAG_DESCRIPTOR="plants"/>
      </Markables>
      <Relations>
      <REFERS_TO r_id="1"><source m_id="2"/><source m_id="3"/><source m_id="5"/><target m_id="20"/></REFERS_TO>
      <REFERS_TO r_id="2"><source m_id="4"/><target m_id="21"/></REFERS_TO>
      </Relations>
      </Document>
      """;

  static MeantimeDocument doc() throws Exception {
    return MeantimeReader.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)), "toy");
  }

  static Span at(String text, String s) {
    int i = text.indexOf(s);
    assertThat(i).as(s).isGreaterThanOrEqualTo(0);
    return Span.of(i, i + s.length());
  }

  static Event event(String id, Span s, Modality modality, Polarity polarity) {
    return new Event(id, "7", s.begin(), s.end(), "x", null, EventType.OTHER, "x", List.of(), null, null, null, null,
        modality, polarity, null, P);
  }

  static Ledger ledger(String t) {
    List<Entity> entities = List.of(
        new Entity("e1", "General Motors", EntityType.ORGANIZATION, List.of(),
            List.of(Mention.of("7", at(t, "General Motors")), Mention.of("7", at(t, "GM"))), P),
        new Entity("e2", "Plants", EntityType.PERSON, List.of(),
            List.of(Mention.of("7", at(t, "close plants")), Mention.of("7", at(t, "June")), Mention.of("other", at(t, "it"))), P));
    Span dct = at(t, "June 1, 2009");
    Span monday = at(t, "on Monday");
    Span year = at(t, "2009");
    List<TimeExpression> times = List.of(
        new TimeExpression("t1", "7", dct.begin(), dct.end(), "June 1, 2009", "DATE", "2009-06-01", null, P),
        new TimeExpression("t2", "7", monday.begin(), monday.end(), "on Monday", "DATE", "2009-06-15", null, P),
        new TimeExpression("t3", "7", year.begin(), year.end(), "2009", "DATE", "2009", null, P));
    List<Event> events = List.of(
        event("v1", at(t, "close"), Modality.POSSIBLE, Polarity.POSITIVE),
        event("v2", at(t, "news"), Modality.ACTUAL, Polarity.POSITIVE),
        event("v3", at(t, "plants"), Modality.ACTUAL, Polarity.POSITIVE));
    Span said = at(t, "said");
    List<Attribution> attributions = List.of(
        new Attribution("a1", "v1", "e1", null, "7", said.begin(), said.end(), "said", null, null, Stance.ASSERT, Certainty.CERTAIN, null, P),
        new Attribution("a2", "v2", Attribution.AUTHOR, null, "7", 0, 0, null, null, null, Stance.ASSERT, Certainty.PROBABLE, null, P));
    return new Ledger(Ledger.FORMAT, List.of(), entities, times, events, attributions, List.of(), List.of());
  }

  @Test
  void scoresEveryMetricByItsRule() throws Exception {
    MeantimeDocument d = doc();
    assertThat(d.text()).isEqualTo("GM news\nJune 1, 2009\nGeneral Motors said it may close plants on Monday.");
    Map<String, Prf> m = MeantimeScorer.score(d, ledger(d.text()), "7");
    assertThat(m.keySet()).containsExactlyElementsOf(METRICS);

    // Entities: gold GM, General Motors, it, plants; system General Motors, GM, close plants, June
    // (the mention in another document does not count).
    assertThat(m.get(ENTITY_OVERLAP)).isEqualTo(new Prf(3, 4, 4));
    assertThat(m.get(ENTITY_EXACT)).isEqualTo(new Prf(2, 4, 4));
    assertThat(m.get(ENTITY_TYPED)).as("PRO is not PERSON").isEqualTo(new Prf(2, 4, 4));
    // Times: the empty TIMEX3 has no text and is not scored; "2009" overlaps the DCT already taken.
    assertThat(m.get(TIMEX_STRICT)).isEqualTo(new Prf(1, 3, 2));
    assertThat(m.get(TIMEX_RELAXED)).isEqualTo(new Prf(2, 3, 2));
    assertThat(m.get(TIMEX_VALUE)).isEqualTo(new Prf(1, 3, 2));
    assertThat(m.get(TIMEX_TYPE)).isEqualTo(new Prf(2, 3, 2));
    // Events: gold said, close, news, may; system close, news, plants (+ cue "said").
    assertThat(m.get(EVENT)).isEqualTo(new Prf(2, 3, 4));
    assertThat(m.get(EVENT_OR_CUE)).isEqualTo(new Prf(3, 4, 4));
    // Factuality: 3 gold events carry it. close: POSSIBLE/POS both right; news: the AUTHOR
    // attribution's PROBABLE lowers CERTAIN (wrong), polarity POS vs NEG (wrong).
    assertThat(m.get(CERTAINTY)).isEqualTo(new Prf(1, 3, 3));
    assertThat(m.get(POLARITY)).isEqualTo(new Prf(1, 3, 3));
    assertThat(m.get(FACTUALITY)).isEqualTo(new Prf(1, 3, 3));
    assertThat(m.get(CERTAINTY_ACCURACY)).isEqualTo(new Prf(1, 2, 2));
    assertThat(m.get(POLARITY_ACCURACY)).isEqualTo(new Prf(1, 2, 2));
    assertThat(m.get(NEGATIVE)).isEqualTo(new Prf(0, 0, 1));
    assertThat(m.get(UNCERTAIN)).isEqualTo(new Prf(1, 2, 1));
  }

  @Test
  void factualityMapping() {
    Event negated = event("v", Span.of(0, 1), Modality.NEGATED, Polarity.POSITIVE);
    Event negative = event("v", Span.of(0, 1), Modality.ACTUAL, Polarity.NEGATIVE);
    Event planned = event("v", Span.of(0, 1), Modality.PLANNED, Polarity.POSITIVE);
    assertThat(polarityOf(negated)).isEqualTo("NEG");
    assertThat(polarityOf(negative)).isEqualTo("NEG");
    assertThat(polarityOf(planned)).isEqualTo("POS");
    assertThat(certaintyOf(negated, List.of())).isEqualTo("CERTAIN");
    assertThat(certaintyOf(planned, List.of())).isEqualTo("PROBABLE");
    Attribution possible = new Attribution("a", "v", "AUTHOR", null, "d", 0, 0, null, null, null, Stance.ASSERT,
        Certainty.POSSIBLE, null, P);
    assertThat(certaintyOf(planned, List.of(possible))).as("the weaker wins").isEqualTo("POSSIBLE");
  }

  @Test
  void typeMapping() {
    assertThat(typeCompatible("LOC", EntityType.COUNTRY)).isTrue();
    assertThat(typeCompatible("LOC", EntityType.FACILITY)).isTrue();
    assertThat(typeCompatible("PER", EntityType.ORGANIZATION)).isFalse();
    assertThat(typeCompatible("FIN", EntityType.OTHER)).isTrue();
    assertThat(typeCompatible(null, EntityType.OTHER)).isFalse();
  }

  @Test
  void overlapMatchingIsOneToOneLargestOverlapFirst() {
    List<Span> gold = List.of(Span.of(0, 5), Span.of(6, 20));
    List<Span> system = List.of(Span.of(0, 20), Span.of(0, 5));
    assertThat(SpanMatcher.match(gold, system, false)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1, 1, 0));
    assertThat(SpanMatcher.match(gold, List.of(Span.of(0, 20)), false)).hasSize(1).containsEntry(1, 0);
    assertThat(SpanMatcher.match(gold, system, true)).containsExactlyInAnyOrderEntriesOf(Map.of(0, 1));
  }

  @Test
  void prfArithmetic() {
    Prf p = new Prf(2, 4, 8).plus(new Prf(1, 2, 0));
    assertThat(p).isEqualTo(new Prf(3, 6, 8));
    assertThat(p.precision()).isEqualTo(0.5);
    assertThat(p.recall()).isEqualTo(0.375);
    assertThat(p.f1()).isEqualTo(0.4286);
    assertThat(Prf.ZERO.f1()).isZero();
  }

  @Test
  void articleLayoutSeparatesHeadlineAndDateLineAndMapsOffsetsBack() throws Exception {
    MeantimeDocument d = doc();
    ArticleLayout a = ArticleLayout.of(d);
    assertThat(a.text()).isEqualTo("GM news\n\nJune 1, 2009\n\nGeneral Motors said it may close plants on Monday.");
    for (int o = 0; o <= d.text().length(); o++) {
      assertThat(a.toGold(a.fromGold(o))).isEqualTo(o);
      if (o < d.text().length()) {
        assertThat(a.text().charAt(a.fromGold(o))).isEqualTo(d.text().charAt(o));
      }
    }
    Span said = at(a.text(), "said");
    assertThat(a.toGold(said).of(d.text())).isEqualTo("said");
    // Scoring a ledger made on the article text through the layout equals scoring it on the gold text.
    Ledger onArticle = ledger(a.text());
    assertThat(MeantimeScorer.score(d, onArticle, "7", a.toGold())).isEqualTo(MeantimeScorer.score(d, ledger(d.text()), "7"));
  }
}
