package org.attest.time.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.attest.model.SharedData;
import org.attest.time.Timex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMLRoundTripTest {

  /** A TempEval-3 style file written for this test: gold markup, sentence tags, an entity, links. */
  static final String SAMPLE = """
      <?xml version="1.0" ?>
      <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <DOCID>sample</DOCID>
      <DCT><TIMEX3 tid="t0" type="DATE" value="2011-10-03" temporalFunction="false" functionInDocument="CREATION_TIME">October 3, 2011</TIMEX3></DCT>
      <TEXT><s>Shares of Smith &amp; Sons <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <SIGNAL sid="s1">in</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2011-01">January</TIMEX3>.</s><s>The firm will report results <TIMEX3 tid="t2" type="DATE" value="2011-Q4">next quarter</TIMEX3>, about two years after the merger.</s>
      </TEXT>
      <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
      <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
      </TimeML>
      """;

  @Test
  void readsDctTextAndGoldTimexes() throws Exception {
    TimeMLDocument doc = TimeMLReader.parse("sample.tml", SAMPLE);
    assertThat(doc.dct()).isEqualTo(LocalDate.of(2011, 10, 3));
    assertThat(doc.text()).startsWith("Shares of Smith & Sons fell in January.The firm will report");
    assertThat(doc.timexes()).extracting(TimeMLTimex::value).containsExactly("2011-01", "2011-Q4");
    TimeMLTimex jan = doc.timexes().get(0);
    assertThat(doc.text().substring(jan.begin(), jan.end())).isEqualTo("January");
  }

  @Test
  void writesOurTimexesWithTheTextUnchangedByteForByte() throws Exception {
    TimeMLDocument in = TimeMLReader.parse("sample.tml", SAMPLE);
    String out = TimeMLAnnotator.attest().annotate(in);
    TimeMLDocument back = TimeMLReader.parse("out.tml", out);
    assertThat(back.text()).isEqualTo(in.text());
    // the raw TEXT too: our tags out, gold annotation tags out, everything else identical
    String rawIn = in.raw().substring(in.textContentBegin(), in.textContentEnd());
    String rawOut = back.raw().substring(back.textContentBegin(), back.textContentEnd());
    assertThat(stripAnnotations(rawOut)).isEqualTo(stripAnnotations(rawIn));
    assertThat(rawOut).doesNotContain("<EVENT").doesNotContain("<SIGNAL");
    assertThat(out).doesNotContain("<TLINK").doesNotContain("<MAKEINSTANCE");
    assertThat(out).contains("<DCT><TIMEX3 tid=\"t0\"");
    // "January" in a past-tense sentence of a story from October 2011 is January 2011
    assertThat(back.timexes()).extracting(TimeMLTimex::value).contains("2011-01", "2012-Q1", "P2Y");
    assertThat(back.timexes()).extracting(TimeMLTimex::tid).doesNotHaveDuplicates().doesNotContain("t0");
    assertThat(out).contains("mod=\"APPROX\"");
  }

  @Test
  void aTimexNeverCrossesSentenceMarkup() throws Exception {
    String xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2008-01-09\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT>"
        + "<TEXT><s>It opened in June</s><s>2008 was a good year.</s></TEXT></TimeML>";
    TimeMLDocument doc = TimeMLReader.parse("s.tml", xml);
    List<Timex> tags = TimeMLAnnotator.attest().tag(doc);
    assertThat(tags).extracting(Timex::text).containsExactly("June", "2008");
    String out = TimeMLWriter.write(doc, tags);
    // past tense, story of January 2008: "June" is June 2007 (a month at most two ahead would be read
    // ahead: news in the past tense names coming months, "agreed to buy it in March")
    assertThat(out).contains("<s>It opened in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2007-06\">June</TIMEX3></s>");
  }

  @Test
  void malformedXmlIsAClearErrorNamingTheFile() {
    assertThatThrownBy(() -> TimeMLReader.parse("broken.tml", "<TimeML><TEXT>a <b></TEXT></TimeML>"))
        .isInstanceOf(TimeMLException.class)
        .hasMessageStartingWith("broken.tml: malformed XML at line 1");
    assertThatThrownBy(() -> TimeMLReader.parse("notext.tml", "<TimeML><DOCID>x</DOCID></TimeML>"))
        .hasMessage("notext.tml: no <TEXT> element");
    assertThatThrownBy(() -> TimeMLReader.parse("latin1.tml", new byte[] {'<', 'a', '>', (byte) 0xE9, '<', '/', 'a', '>'}))
        .hasMessage("latin1.tml: not valid UTF-8 text");
  }

  @Test
  void directoryRunSkipsBadFilesWithTheirReason(@TempDir Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.tml"), SAMPLE);
    Files.writeString(in.resolve("bad.tml"), "<TimeML><TEXT>unclosed");
    TimeMLDirectory.Summary s = TimeMLDirectory.annotate(in, tmp.resolve("out"), TimeMLAnnotator.attest());
    assertThat(s.written()).isEqualTo(1);
    assertThat(s.skipped()).singleElement().asString().startsWith("bad.tml: malformed XML");
    assertThat(tmp.resolve("out/good.tml")).exists();
    assertThat(tmp.resolve("out/bad.tml")).doesNotExist();
  }

  /** Every TimeLine TimeML file keeps its text byte for byte through our tagger. */
  @Test
  void timelineCorpusRoundTrips(@TempDir Path tmp) throws Exception {
    var shared = SharedData.locate();
    if (shared.isEmpty()) {
      if (SharedData.required()) throw new AssertionError(SharedData.missingMessage("timeline"));
      Assumptions.abort(SharedData.missingMessage("timeline"));
    }
    Path dir = shared.get().resolve("data/timeline/SemEval_Task4_data/corpus_1/corpus_trackB_TimeML");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no " + dir);
    TimeMLAnnotator ours = TimeMLAnnotator.attest();
    int files = 0;
    int timexes = 0;
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.sorted().toList()) {
        TimeMLDocument in = TimeMLReader.read(f);
        String out = ours.annotate(in);
        TimeMLDocument back = TimeMLReader.parse(f.getFileName().toString(), out.getBytes(StandardCharsets.UTF_8));
        assertThat(back.text()).as(f.toString()).isEqualTo(in.text());
        assertThat(back.dct()).isEqualTo(in.dct());
        files++;
        timexes += back.timexes().size();
      }
    }
    assertThat(files).isEqualTo(30);
    assertThat(timexes).isGreaterThan(100);
  }

  private static String stripAnnotations(String raw) {
    return raw.replaceAll("</?(TIMEX3|EVENT|SIGNAL)\\b[^>]*>", "");
  }
}
