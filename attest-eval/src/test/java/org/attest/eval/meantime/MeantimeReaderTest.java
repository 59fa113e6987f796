package org.attest.eval.meantime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attest.model.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MeantimeReaderTest {

  static Path meantimeDir() {
    Path dir = SharedData.locate().map(s -> s.resolve("data/meantime/intra_cross-doc_annotation")).orElse(null);
    if (dir == null || !Files.isDirectory(dir)) {
      String msg = SharedData.missingMessage("data/meantime/intra_cross-doc_annotation");
      if (SharedData.required()) {
        throw new AssertionError(msg);
      }
      Assumptions.abort(msg);
    }
    return dir;
  }

  @Test
  void readsOneRealArticleWithCountsTextAndDct() throws IOException {
    MeantimeDocument doc = MeantimeReader.read(meantimeDir().resolve("corpus_gm/127248_CEO_of_GM_outlines_plan.xml"));

    assertThat(doc.id()).isEqualTo("127248");
    assertThat(doc.name()).isEqualTo("127248_CEO_of_GM_outlines_plan");
    assertThat(doc.url()).startsWith("http://en.wikinews.org/wiki/CEO_of_GM");
    assertThat(doc.tokens()).hasSize(774);
    assertThat(doc.text().split("\n", -1)).hasSize(22);
    assertThat(doc.title()).isEqualTo("CEO of GM outlines plan for \"New GM\" after auto company declared bankruptcy");
    assertThat(doc.text().split("\n")[1]).isEqualTo("June 04, 2009");
    assertThat(doc.text().split("\n")[2])
        .startsWith("In a New York press conference at 16:15 UTC, June 1st, Fritz Henderson, the Chief Executive Officer of General Motors, which filed");
    assertThat(doc.creationTimeValue()).contains("2009-06-04");
    assertThat(doc.creationTime().orElseThrow().span().of(doc.text())).isEqualTo("June 04, 2009");

    assertThat(doc.entityMentions()).hasSize(86);
    assertThat(doc.eventMentions()).hasSize(63);
    assertThat(doc.timexes()).hasSize(8);
    assertThat(doc.signals()).hasSize(4);
    assertThat(doc.values()).isEmpty();
    assertThat(doc.links("HAS_PARTICIPANT")).hasSize(24);
    assertThat(doc.links("TLINK")).hasSize(29);
    assertThat(doc.links("REFERS_TO")).hasSize(63);

    MeantimeTimex time = doc.timexes().stream().filter(t -> t.id() == 20).findFirst().orElseThrow();
    assertThat(time.type()).isEqualTo("TIME");
    assertThat(time.value()).isEqualTo("2009-06-01T16:15Z");
    assertThat(time.span().of(doc.text())).isEqualTo("16:15 UTC");

    MeantimeEventMention conditional = doc.eventMentions().stream().filter(e -> e.id() == 52).findFirst().orElseThrow();
    assertThat(conditional.certainty()).isEqualTo("PROBABLE");
    assertThat(conditional.polarity()).isEqualTo("UNDERSPECIFIED");
    assertThat(conditional.time()).isEqualTo("FUTURE");
    assertThat(conditional.pos()).isEqualTo("VERB");

    // Entity types come from the ENTITY instance a mention refers to.
    Map<String, Long> types = doc.entityMentions().stream().filter(m -> m.entityType() != null)
        .collect(Collectors.groupingBy(MeantimeEntityMention::entityType, Collectors.counting()));
    assertThat(types).containsKeys("ORG", "PER", "LOC");
    assertThat(doc.entityMentions().stream().filter(m -> m.anchored() && "ORG".equals(m.entityType()))
        .map(m -> m.span().of(doc.text()))).contains("General Motors");

    assertSpansMatchTokens(doc);
  }

  @Test
  void everyDevelopmentFileParsesAndEverySpanMatchesItsTokens() throws IOException {
    List<Path> files = MeantimeReader.listFiles(meantimeDir());
    assertThat(files).hasSizeGreaterThanOrEqualTo(90);
    int dcts = 0;
    for (Path f : files) {
      MeantimeDocument doc = MeantimeReader.read(f);
      assertSpansMatchTokens(doc);
      dcts += doc.creationTimeValue().isPresent() ? 1 : 0;
    }
    assertThat(dcts).isGreaterThanOrEqualTo(files.size() - 3);
  }

  /** Every token's span shows its form, and every markable's span is its tokens, spaced. */
  private static void assertSpansMatchTokens(MeantimeDocument doc) {
    Map<Integer, MeantimeToken> byId = doc.tokens().stream().collect(Collectors.toMap(MeantimeToken::id, Function.identity()));
    for (MeantimeToken t : doc.tokens()) {
      assertThat(t.span().of(doc.text())).as("token %d", t.id()).isEqualTo(t.surface());
    }
    List<MeantimeMarkable> all = new ArrayList<>();
    all.addAll(doc.entityMentions());
    all.addAll(doc.timexes());
    all.addAll(doc.eventMentions());
    all.addAll(doc.signals());
    all.addAll(doc.values());
    for (MeantimeMarkable m : all) {
      if (!m.anchored()) {
        continue;
      }
      String joined = m.tokenIds().stream().map(id -> byId.get(id).surface()).collect(Collectors.joining());
      if (m.contiguous()) {
        assertThat(m.span().of(doc.text()).replaceAll("\\s", ""))
            .as("%s %s in %s", m.getClass().getSimpleName(), m.id(), doc.name()).isEqualTo(joined.replaceAll("\\s", ""));
      } else {
        assertThat(m.span().of(doc.text()).replaceAll("\\s", "")).contains(byId.get(m.tokenIds().get(0)).surface());
      }
    }
    for (MeantimeEntityMention m : doc.entityMentions()) {
      if (m.headSpan() != null) {
        assertThat(m.span().contains(m.headSpan())).isTrue();
        assertThat(m.headSpan().of(doc.text())).isEqualToIgnoringCase(m.head());
      }
    }
  }

  @Test
  void detokenizesPunctuationQuotesCliticsAndCurrency() throws IOException {
    String xml = """
        <?xml version="1.0" ?><Document doc_id="1" doc_name="1_t" lang="en" url="u">
        <token sentence="0" t_id="1">Title</token>
        <token sentence="1" t_id="2">He</token><token sentence="1" t_id="3">said</token>
        <token sentence="1" t_id="4">``</token><token sentence="1" t_id="5">I'</token><token sentence="1" t_id="6">ll</token>
        <token sentence="1" t_id="7">pay</token><token sentence="1" t_id="8">$</token><token sentence="1" t_id="9">5</token>
        <token sentence="1" t_id="10">(</token><token sentence="1" t_id="11">now</token><token sentence="1" t_id="12">)</token>
        <token sentence="1" t_id="13">''</token><token sentence="1" t_id="14">,</token><token sentence="1" t_id="15">Airbus</token>
        <token sentence="1" t_id="16">'</token><token sentence="1" t_id="17">chief</token><token sentence="1" t_id="18">did</token>
        <token sentence="1" t_id="19">n't</token><token sentence="1" t_id="20">.</token>
        <token sentence="2" t_id="21">&quot;</token><token sentence="2" t_id="22">Yes</token><token sentence="2" t_id="23">&quot;</token>
        <token sentence="2" t_id="24">,</token><token sentence="2" t_id="25">GM</token><token sentence="2" t_id="26">'s</token>
        <token sentence="2" t_id="27">boss</token><token sentence="2" t_id="28">said</token><token sentence="2" t_id="29">:</token>
        <token sentence="2" t_id="30">10</token><token sentence="2" t_id="31">%</token>
        <Markables>
        <TIMEX3 m_id="1" type="DATE" value="2009" functionInDocument="CREATION_TIME"><token_anchor t_id="1"/></TIMEX3>
        <ENTITY_MENTION m_id="2" head="boss" syntactic_type="NOM"><token_anchor t_id="25"/><token_anchor t_id="26"/><token_anchor t_id="27"/></ENTITY_MENTION>
        <ENTITY_MENTION m_id="3"/>
        <ENTITY m_id="9" ent_type="PER" TAG_DESCRIPTOR="boss"/>
        </Markables>
        <Relations><REFERS_TO r_id="1"><source m_id="2"/><target m_id="9"/></REFERS_TO></Relations>
        </Document>
        """;
    MeantimeDocument doc = MeantimeReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "mem");
    assertThat(doc.text()).isEqualTo("Title\nHe said \"I'll pay $5 (now)\", Airbus' chief didn't.\n\"Yes\", GM's boss said: 10%");
    MeantimeEntityMention boss = doc.entityMentions().get(0);
    assertThat(boss.span().of(doc.text())).isEqualTo("GM's boss");
    assertThat(boss.headSpan().of(doc.text())).isEqualTo("boss");
    assertThat(boss.entityType()).isEqualTo("PER");
    assertThat(doc.entityMentions().get(1).anchored()).isFalse();
    assertThat(doc.creationTimeValue()).contains("2009");
  }

  @Test
  void malformedOrForeignXmlFailsWithTheFileName() throws IOException {
    assertThatThrownBy(() -> MeantimeReader.read(new ByteArrayInputStream("<Document><token".getBytes()), "bad.xml"))
        .isInstanceOf(MeantimeFormatException.class).hasMessageContaining("bad.xml").hasMessageContaining("not well-formed");
    assertThatThrownBy(() -> MeantimeReader.read(new ByteArrayInputStream("<html/>".getBytes()), "page.xml"))
        .isInstanceOf(MeantimeFormatException.class).hasMessageContaining("not a MEANTIME document");
    assertThatThrownBy(() -> MeantimeReader.read(new ByteArrayInputStream(
            "<Document doc_id='1'><token sentence='0' t_id='1'>a</token><Markables><SIGNAL m_id='1'><token_anchor t_id='7'/></SIGNAL></Markables></Document>".getBytes()), "x.xml"))
        .isInstanceOf(MeantimeFormatException.class).hasMessageContaining("unknown token t_id=7");
    assertThatThrownBy(() -> MeantimeReader.read(new ByteArrayInputStream(
            "<!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><Document>&e;</Document>".getBytes()), "xxe.xml"))
        .isInstanceOf(MeantimeFormatException.class);
  }
}
