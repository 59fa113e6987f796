package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.SourceDocument;
import org.attest.model.Span;
import org.attest.model.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineWriterTest {

  static final Provenance P = Provenance.of("test", "1");

  static final String DOC1 = """
      <?xml version='1.0' encoding='utf-8'?>
      <TimeML><DOCID>501</DOCID>
      <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2009-06-02">2009-06-02</TIMEX3></DCT>
      <EXTRAINFO>Acme Widgets files for bankruptcy</EXTRAINFO>
      <TEXT><s id="0">Acme Widgets files for bankruptcy</s><s id="1">June 2 , 2009</s><s id="2">Acme Widgets 's board approved the job cuts in 2008 , said Jane Roe .</s><s id="3">The company said it will close plants .</s></TEXT>
      </TimeML>
      """;

  static final String DOC2 = """
      <?xml version='1.0' encoding='utf-8'?>
      <TimeML><DOCID>502</DOCID>
      <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2009-06-05">2009-06-05</TIMEX3></DCT>
      <EXTRAINFO>Acme files</EXTRAINFO>
      <TEXT><s id="0">Acme files</s><s id="1">Acme Widgets filed for bankruptcy on June 1 , 2009 , and Globex grew .</s></TEXT>
      </TimeML>
      """;

  static TimelineCorpus.Doc parse(String xml) throws IOException {
    return TimelineCorpus.parse(new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8)), Path.of("x.tml"));
  }

  @Test
  void documentTextKeepsEveryTaskTokenAtKnownOffsets() throws IOException {
    TimelineCorpus.Doc d = parse(DOC1);
    assertThat(d.id()).isEqualTo("501");
    assertThat(d.dct()).isEqualTo("2009-06-02");
    assertThat(d.text()).startsWith("Acme Widgets files for bankruptcy\n\nJune 2 , 2009\n\nAcme Widgets 's board");
    for (TimelineCorpus.Token t : d.tokens()) {
      assertThat(d.text().substring(t.begin(), t.end())).isEqualTo(t.text());
    }
    int cuts = d.text().indexOf("job cuts");
    assertThat(d.tokensIn(cuts, cuts + 8)).extracting(TimelineCorpus.Token::text).containsExactly("job", "cuts");
    assertThat(d.tokensIn(cuts + 4, cuts + 8)).singleElement().satisfies(t -> assertThat(t.sentence()).isEqualTo("2"));
    assertThat(d.source().text()).isEqualTo(d.text());
    assertThat(TimelineCorpus.fileName("General Motors creditors")).isEqualTo("general_motors_creditors.txt");
  }

  /** A ledger as the pipeline would give it, built by finding words in the document text. */
  static final class Builder {
    final TimelineCorpus.Doc doc;
    final List<Entity> entities = new ArrayList<>();
    final List<TimeExpression> times = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    Builder(TimelineCorpus.Doc doc) {
      this.doc = doc;
    }

    String entity(String name, EntityType type, String... surfaces) {
      List<Mention> ms = new ArrayList<>();
      for (String s : surfaces) {
        for (int b = doc.text().indexOf(s); b >= 0; b = doc.text().indexOf(s, b + 1)) {
          ms.add(new Mention(doc.id(), b, b + s.length()));
        }
      }
      String id = "e" + (entities.size() + 1);
      entities.add(new Entity(id, name, type, List.of(name), ms, P));
      return id;
    }

    String time(String surface, String value) {
      int b = doc.text().indexOf(surface);
      String id = "t" + (times.size() + 1);
      times.add(new TimeExpression(id, doc.id(), b, b + surface.length(), surface, "DATE", value, null, P));
      return id;
    }

    void event(String trigger, int occurrence, EventType type, String actor, String time, Modality modality) {
      int b = -1;
      for (int i = 0; i <= occurrence; i++) {
        b = doc.text().indexOf(trigger, b + 1);
      }
      events.add(new Event("v" + (events.size() + 1), doc.id(), b, b + trigger.length(), trigger, new Span(0, 1), type, trigger,
          actor == null ? List.of() : List.of(actor), null, null, time, null, modality, Polarity.POSITIVE, null, P));
    }

    /** Gives the last event these other mentions (a within-document chain; first occurrence of each surface). */
    void chain(String... surfaces) {
      Event e = events.remove(events.size() - 1);
      List<Event.EventMention> ms = new ArrayList<>();
      ms.add(new Event.EventMention(e.begin(), e.end(), e.trigger(), e.sentence()));
      for (String s : surfaces) {
        int b = doc.text().indexOf(s);
        ms.add(new Event.EventMention(b, b + s.length(), s, new Span(0, 1)));
      }
      events.add(e.withMentions(ms));
    }

    Ledger ledger() {
      SourceDocument s = doc.source();
      DocumentInfo info = s.info();
      return new Ledger(Ledger.FORMAT, List.of(info), entities, times, events, List.of(), List.of(), List.of());
    }
  }

  @Test
  void timelinesAreOrderedAnchoredAndMapBackToTaskTokens(@TempDir Path dir) throws IOException {
    TimelineCorpus.Doc d1 = parse(DOC1);
    TimelineCorpus.Doc d2 = parse(DOC2);
    Builder b1 = new Builder(d1);
    String acme = b1.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b1.event("files", 0, EventType.OTHER, acme, null, Modality.ACTUAL);           // headline: undated -> DCT
    b1.event("job cuts", 0, EventType.OTHER, null, b1.time("2008", "2008"), Modality.ACTUAL); // same sentence as Acme
    b1.event("close", 0, EventType.OTHER, null, null, Modality.PLANNED);          // sentence 3: Acme not named
    Builder b2 = new Builder(d2);
    String acme2 = b2.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    String globex = b2.entity("Globex", EntityType.ORGANIZATION, "Globex");
    b2.event("filed", 0, EventType.OTHER, acme2, b2.time("June 1 , 2009", "2009-06-01"), Modality.ACTUAL);
    b2.event("grew", 0, EventType.OTHER, globex, null, Modality.ACTUAL);
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b1.ledger(), b2.ledger()), Map.of(), List.of()));

    Path cdir = dir.resolve("corpus_9");
    Files.createDirectories(cdir.resolve("corpus_trackA_TimeML"));
    Files.writeString(cdir.resolve("corpus_trackA_TimeML/501_a.tml"), DOC1.strip());
    Files.writeString(cdir.resolve("corpus_trackA_TimeML/502_b.tml"), DOC2.strip());
    Files.writeString(cdir.resolve("list_target_entities_corpus_9.txt"), "Acme Widgets\nGlobex\nInitech\n");
    TimelineCorpus tc = TimelineCorpus.read(cdir);
    assertThat(tc.targets).containsExactly("Acme Widgets", "Globex", "Initech");

    Map<String, String> out = new TimelineWriter(tc, corpus, TimelineWriter.Participation.SENTENCE, TimelineWriter.Undated.DCT)
        .timelines();
    assertThat(out.keySet()).containsExactly("acme_widgets.txt", "globex.txt", "initech.txt");
    // "files" (501) and "filed" (502) are different predicates: two events; undated "files" gets the DCT.
    // Globex's "grew" is in a sentence naming Acme Widgets, so the SENTENCE rule counts it; "close" is not.
    // Undated "grew" takes the date written in its sentence (June 1, 2009), not the DCT.
    assertThat(out.get("acme_widgets.txt")).isEqualTo("""
        Acme Widgets
        1\t2008-XX-XX\t501-2-job_cuts
        2\t2009-06-01\t502-1-filed
        2\t2009-06-01\t502-1-grew
        3\t2009-06-02\t501-0-files
        """);
    assertThat(out.get("globex.txt")).isEqualTo("Globex\n1\t2009-06-01\t502-1-filed\n1\t2009-06-01\t502-1-grew\n");
    assertThat(out.get("initech.txt")).isEqualTo("Initech\n");

    Map<String, String> roles = new TimelineWriter(tc, corpus, TimelineWriter.Participation.ROLES, TimelineWriter.Undated.NONE)
        .timelines();
    assertThat(roles.get("acme_widgets.txt")).isEqualTo("""
        Acme Widgets
        0\tXXXX-XX-XX\t501-0-files
        1\t2009-06-01\t502-1-filed
        """);
  }

  @Test
  void oneRealWorldEventAcrossDocumentsIsOneLineWithBothMentions() throws IOException {
    TimelineCorpus.Doc d1 = parse(DOC1);
    TimelineCorpus.Doc d2 = parse(DOC2);
    Builder b1 = new Builder(d1);
    String acme = b1.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b1.event("files", 0, EventType.OTHER, acme, b1.time("June 2 , 2009", "2009-06"), Modality.ACTUAL);
    Builder b2 = new Builder(d2);
    String acme2 = b2.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b2.event("files", 0, EventType.OTHER, acme2, b2.time("June 1 , 2009", "2009-06-01"), Modality.ACTUAL);
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b1.ledger(), b2.ledger()), Map.of(), List.of()));
    assertThat(corpus.clusters()).hasSize(1);
    TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d1, d2), List.of("Acme Widgets")).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.DCT);
    assertThat(w.timeline("Acme Widgets")).isEqualTo("Acme Widgets\n1\t2009-06-01\t501-0-files\t502-0-files\n");
  }

  @Test
  void aClusterMemberTheTargetTakesNoPartInIsNotListed() throws IOException {
    TimelineCorpus.Doc d1 = parse(DOC1);
    TimelineCorpus.Doc d2 = parse(DOC2);
    Builder b1 = new Builder(d1);
    String acme = b1.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b1.event("files", 0, EventType.OTHER, acme, b1.time("June 2 , 2009", "2009-06-02"), Modality.ACTUAL);
    Builder b2 = new Builder(d2);
    b2.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b2.event("files", 0, EventType.OTHER, null, b2.time("June 1 , 2009", "2009-06-02"), Modality.ACTUAL); // no role, not named there
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b1.ledger(), b2.ledger()), Map.of(), List.of()));
    assertThat(corpus.clusters()).hasSize(1);
    for (TimelineWriter.Participation p : TimelineWriter.Participation.values()) {
      TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d1, d2), List.of("Acme Widgets")).corpus(), corpus,
          p, TimelineWriter.Undated.DCT);
      assertThat(w.timeline("Acme Widgets")).as(p.name()).isEqualTo("Acme Widgets\n1\t2009-06-02\t501-0-files\n");
    }
  }

  @Test
  void membersOfOneClusterThatTheirReportsDateDifferentlyStandOnSeparateLines() throws IOException {
    TimelineCorpus.Doc d1 = parse(DOC1);
    TimelineCorpus.Doc d2 = parse(DOC2);
    Builder b1 = new Builder(d1);
    String acme = b1.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b1.event("files", 0, EventType.OTHER, acme, null, Modality.ACTUAL); // undated: its report's DCT, 2009-06-02
    Builder b2 = new Builder(d2);
    String acme2 = b2.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b2.event("files", 0, EventType.OTHER, acme2, b2.time("June 1 , 2009", "2009-06-01"), Modality.ACTUAL);
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b1.ledger(), b2.ledger()), Map.of(), List.of()));
    assertThat(corpus.clusters()).hasSize(1);
    TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d1, d2), List.of("Acme Widgets")).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.DCT);
    // The join does not give 501's mention the date of 502's.
    assertThat(w.timeline("Acme Widgets")).isEqualTo("Acme Widgets\n1\t2009-06-01\t502-0-files\n2\t2009-06-02\t501-0-files\n");
    TimelineWriter none = new TimelineWriter(new TimelineCorpusStub(List.of(d1, d2), List.of("Acme Widgets")).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.NONE);
    assertThat(none.timeline("Acme Widgets")).isEqualTo("Acme Widgets\n0\tXXXX-XX-XX\t501-0-files\n1\t2009-06-01\t502-0-files\n");
  }

  @Test
  void linesByDateJoinOnlyNestedDatesAndTakeTheMostPreciseOne() {
    Event e = new Event("v1", "d", 0, 1, "x", new Span(0, 1), EventType.OTHER, "x", List.of(), null, null, null, null,
        Modality.ACTUAL, Polarity.POSITIVE, null, P);
    List<TimelineWriter.Dated> in = new ArrayList<>();
    for (String v : new String[] {"2009-06", "2009-06-01", "2009-06-02", null, "2009", null}) {
      in.add(new TimelineWriter.Dated(e, org.attest.model.TimexInterval.parse(v)));
    }
    List<List<TimelineWriter.Dated>> lines = TimelineWriter.byDate(in);
    // 2009-06-02 agrees with 2009-06 but not with 2009-06-01 already on that line; undated ones share a line.
    assertThat(lines).extracting(l -> l.stream().map(d -> d.date() == null ? "-" : TimelineWriter.taskDate(d.date())).toList())
        .containsExactly(List.of("2009-06-XX", "2009-06-01", "2009-XX-XX"), List.of("2009-06-02"), List.of("-", "-"));
    assertThat(TimelineWriter.taskDate(TimelineWriter.lineDate(lines.get(0)))).isEqualTo("2009-06-01");
    assertThat(TimelineWriter.lineDate(lines.get(2))).isNull();
  }

  @Test
  void aWithinDocumentChainIsOneLineWithEachOfItsMentionsOnce() throws IOException {
    TimelineCorpus.Doc d2 = parse(DOC2);
    Builder b = new Builder(d2);
    String acme = b.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b.event("files", 0, EventType.OTHER, acme, null, Modality.ACTUAL); // headline
    b.chain("filed", "files");                                          // body; the trigger again
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b.ledger()), Map.of(), List.of()));
    TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d2), List.of("Acme Widgets")).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.DCT);
    assertThat(w.timeline("Acme Widgets")).isEqualTo("Acme Widgets\n1\t2009-06-05\t502-0-files\t502-1-filed\n");
  }

  @Test
  void possibleAndNegatedEventsAreNotOnTheTimelinePlannedOnesAre() throws IOException {
    TimelineCorpus.Doc d1 = parse(DOC1);
    Builder b = new Builder(d1);
    String acme = b.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets", "The company");
    b.event("files", 0, EventType.OTHER, acme, null, Modality.POSSIBLE);
    b.event("approved", 0, EventType.OTHER, acme, null, Modality.NEGATED);
    b.event("close", 0, EventType.OTHER, acme, null, Modality.PLANNED);
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b.ledger()), Map.of(), List.of()));
    TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d1), List.of("Acme Widgets")).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.DCT);
    assertThat(w.timeline("Acme Widgets")).isEqualTo("Acme Widgets\n1\t2009-06-02\t501-3-close\n");
  }

  @Test
  void anUndatedEventTakesTheDateWrittenInItsSentenceBeforeTheDct() throws IOException {
    TimelineCorpus.Doc d2 = parse(DOC2);
    Builder b = new Builder(d2);
    String acme = b.entity("Acme Widgets", EntityType.ORGANIZATION, "Acme Widgets");
    b.time("June 1 , 2009", "2009-06-01"); // in the sentence, but not linked to the event by the extractor
    b.event("filed", 0, EventType.OTHER, acme, null, Modality.ACTUAL);
    b.event("files", 0, EventType.OTHER, acme, null, Modality.ACTUAL); // headline: no date in its sentence
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b.ledger()), Map.of(), List.of()));
    TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d2), List.of("Acme Widgets")).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.DCT);
    assertThat(w.timeline("Acme Widgets")).isEqualTo("Acme Widgets\n1\t2009-06-01\t502-1-filed\n2\t2009-06-05\t502-0-files\n");
  }

  @Test
  void targetsMatchAcronymsAndDistinctivePartsButNotOtherTargetsOrPlaces() throws IOException {
    TimelineCorpus.Doc d1 = parse(DOC1);
    Builder b = new Builder(d1);
    b.entity("USAF", EntityType.ORGANIZATION, "Acme");
    b.entity("Singapore", EntityType.COUNTRY, "Acme");
    b.entity("Dreamliner", EntityType.OTHER, "Acme");
    b.entity("Boeing", EntityType.ORGANIZATION, "Acme");
    CorpusLedger corpus = new CorpusResolver().resolve(new CorpusInput(List.of(b.ledger()), Map.of(), List.of()));
    List<String> targets = List.of("United States Air Force", "Singapore Airlines", "Boeing 787 Dreamliner", "Boeing");
    TimelineWriter w = new TimelineWriter(new TimelineCorpusStub(List.of(d1), targets).corpus(), corpus,
        TimelineWriter.Participation.ROLES, TimelineWriter.Undated.DCT);
    assertThat(w.entitiesFor("United States Air Force")).containsExactly("e1");
    assertThat(w.entitiesFor("Singapore Airlines")).isEmpty();
    assertThat(w.entitiesFor("Boeing 787 Dreamliner")).containsExactly("e3");
    assertThat(w.entitiesFor("Boeing")).containsExactly("e4");
  }

  /** Builds a TimelineCorpus from parsed documents without a folder. */
  record TimelineCorpusStub(List<TimelineCorpus.Doc> docs, List<String> targets) {
    TimelineCorpus corpus() {
      return TimelineCorpus.of(Path.of("."), targets, docs);
    }
  }
}
