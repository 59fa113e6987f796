package org.attest.eval.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader on a small CROMER file written for this test (invented sentences). */
class EcbReaderTest {

  static final String XML = """
      <Document doc_name="9_1ecbplus.xml" doc_id="X">
      <token t_id="1" sentence="0" number="0">Storm</token>
      <token t_id="2" sentence="0" number="1">hits</token>
      <token t_id="3" sentence="0" number="2">Corvania</token>
      <token t_id="4" sentence="1" number="0">The</token>
      <token t_id="5" sentence="1" number="1">storm</token>
      <token t_id="6" sentence="1" number="2">struck</token>
      <token t_id="7" sentence="1" number="3">the</token>
      <token t_id="8" sentence="1" number="4">coast</token>
      <token t_id="9" sentence="1" number="5">(</token>
      <token t_id="10" sentence="1" number="6">again</token>
      <token t_id="11" sentence="1" number="7">)</token>
      <token t_id="12" sentence="1" number="8">,</token>
      <token t_id="13" sentence="1" number="9">officials</token>
      <token t_id="14" sentence="1" number="10">said</token>
      <token t_id="15" sentence="1" number="11">.</token>
      <Markables>
      <ACTION_OCCURRENCE m_id="1"><token_anchor t_id="2"/></ACTION_OCCURRENCE>
      <ACTION_OCCURRENCE m_id="2"><token_anchor t_id="6"/></ACTION_OCCURRENCE>
      <LOC_GEO m_id="3"><token_anchor t_id="3"/></LOC_GEO>
      <LOC_GEO m_id="4"><token_anchor t_id="7"/><token_anchor t_id="8"/></LOC_GEO>
      <ACTION_REPORTING m_id="5"><token_anchor t_id="14"/></ACTION_REPORTING>
      <HUMAN_PART_PER m_id="6"><token_anchor t_id="13"/></HUMAN_PART_PER>
      <ACTION_OCCURRENCE m_id="20" RELATED_TO="" TAG_DESCRIPTOR="t9_storm_hits" instance_id="ACT1"/>
      <LOC_GEO m_id="21" RELATED_TO="" TAG_DESCRIPTOR="coast"/>
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="ACT1"><source m_id="1"/><source m_id="2"/><target m_id="20"/></CROSS_DOC_COREF>
      <INTRA_DOC_COREF r_id="2"><source m_id="3"/><source m_id="4"/><target m_id="21"/></INTRA_DOC_COREF>
      </Relations>
      </Document>
      """;

  static EcbDocument doc() throws IOException {
    return EcbReader.read("9_1ecbplus.xml", new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void textIsOneParagraphPerSentenceJoinedAsPrinted() throws IOException {
    EcbDocument d = doc();
    assertThat(d.text()).isEqualTo("Storm hits Corvania\n\nThe storm struck the coast (again), officials said.");
    assertThat(d.topic()).isEqualTo(9);
    assertThat(d.subTopic()).isEqualTo("9ecbplus");
    for (EcbDocument.Tok t : d.tokens()) {
      assertThat(t.span().of(d.text())).isEqualTo(t.form());
    }
  }

  @Test
  void mentionsGetTheirChains() throws IOException {
    EcbDocument d = doc();
    assertThat(d.mentions()).extracting(EcbDocument.Mention::text)
        .containsExactly("hits", "Corvania", "struck", "the coast", "officials", "said"); // descriptors are not mentions
    EcbDocument.Mention hits = d.mentions().get(0);
    EcbDocument.Mention struck = d.mentions().stream().filter(m -> m.text().equals("struck")).findFirst().orElseThrow();
    assertThat(hits.cluster()).isEqualTo("ACT1").isEqualTo(struck.cluster());
    assertThat(hits.kind()).isEqualTo(EcbDocument.Kind.EVENT);
    EcbDocument.Mention corvania = d.mentions().get(1);
    EcbDocument.Mention coast = d.mentions().stream().filter(m -> m.text().equals("the coast")).findFirst().orElseThrow();
    assertThat(corvania.cluster()).isEqualTo("9_1ecbplus/chain21").isEqualTo(coast.cluster());
    assertThat(coast.span().of(d.text())).isEqualTo("the coast");
    EcbDocument.Mention said = d.mentions().stream().filter(m -> m.text().equals("said")).findFirst().orElseThrow();
    assertThat(said.cluster()).isEqualTo("9_1ecbplus/5"); // a singleton
    assertThat(said.sentence()).isEqualTo(1);
  }

  @Test
  void topicsBeyondTheTrainingAndDevelopmentSetAreRefused() {
    assertThat(EcbEvaluation.parseTopics("dev")).containsExactlyInAnyOrder(2, 5, 12, 18, 21, 23, 34, 35);
    assertThat(EcbEvaluation.parseTopics("train")).hasSize(25).doesNotContain(2, 15, 17, 36);
    assertThat(EcbEvaluation.parseTopics("1, 3")).containsExactly(1, 3);
    assertThatThrownBy(() -> EcbEvaluation.parseTopics("36")).hasMessageContaining("not a training or development topic");
    assertThatThrownBy(() -> EcbEvaluation.parseTopics("x")).hasMessageContaining("expected dev, train");
  }

  @Test
  void aFileThatIsNotCromerIsAClearError() {
    assertThatThrownBy(() -> EcbReader.read("1_1ecb.xml", new ByteArrayInputStream("<x/>".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("not a CROMER document");
    assertThatThrownBy(() -> EcbReader.read("notes.xml", new ByteArrayInputStream("<x/>".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("not an ECB+ file name");
  }

  @Test
  void aDoctypeIsRefused() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Document>&x;</Document>";
    assertThatThrownBy(() -> EcbReader.read("1_1ecb.xml", new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void namesSortByTopicSubTopicAndNumber() {
    List<String> names = new java.util.ArrayList<>(List.of("1_10ecb.xml", "1_2ecbplus.xml", "1_2ecb.xml", "10_1ecb.xml"));
    names.sort(EcbReader::compareNames);
    assertThat(names).containsExactly("1_2ecb.xml", "1_10ecb.xml", "1_2ecbplus.xml", "10_1ecb.xml");
  }
}
