package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.store.LedgerStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled examples through the real pipeline and the store: ingested twice (the store does not
 * change), then the query commands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreCommandsEndToEndTest {

  @TempDir static Path tmp;
  Path db;
  Path examples;
  String firstIngest;
  String secondIngest;
  String dumpAfterFirst;
  String dumpAfterSecond;

  record Run(int code, String out, String err) {}

  static Run attest(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = AttestCommand.run(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @BeforeAll
  void ingestTheExamplesTwice() throws Exception {
    examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isDirectory(examples), "no examples/ directory beside the modules");
    db = tmp.resolve("store");
    Run first = attest("ingest", examples.toString(), "--db", db.toString());
    firstIngest = first.out();
    assertThat(first.code()).as(first.out() + first.err()).isZero();
    try (LedgerStore s = LedgerStore.open(db.toString())) {
      dumpAfterFirst = s.canonicalDump();
    }
    Run second = attest("ingest", examples.toString(), "--db", db.toString());
    secondIngest = second.out();
    assertThat(second.code()).as(second.out() + second.err()).isZero();
    try (LedgerStore s = LedgerStore.open(db.toString())) {
      dumpAfterSecond = s.canonicalDump();
    }
  }

  @Test
  void ingestingTheExamplesTwiceYieldsTheSameStore() {
    // 02 is 01 re-published under another headline: stored, linked, not an independent source
    assertThat(firstIngest).containsPattern("near-dup +\\S*02-coastline-daily.txt .*copy of ");
    // 09 (examples/ceasefire/) is 05 re-published the same way
    assertThat(firstIngest).containsPattern("near-dup +\\S*09-valley-gazette.txt .*copy of ");
    assertThat(firstIngest).contains("Summary: 7 ingested, 2 near-duplicate, 0 duplicate, 0 skipped, 0 failed, 0 unchanged (9 inputs)");
    // the second run did nothing, and says so
    assertThat(secondIngest).contains("Summary: 0 ingested, 0 near-duplicate, 0 duplicate, 0 skipped, 0 failed, 9 unchanged (9 inputs)");
    assertThat(dumpAfterSecond).isEqualTo(dumpAfterFirst);
  }

  @Test
  void timelineShowsCorroborationCounts() {
    Run t = attest("timeline", "--db", db.toString());
    assertThat(t.code()).as(t.err()).isZero();
    // the seizure: Britain, Iran (confirming later), Iranian state media, an outlet's own voice and the
    // United States' condemnation of it (the learned attribution model keeps claims the rules dropped),
    // each once however many reports carry them
    assertThat(t.out()).containsPattern("2025-03-0\\d +c\\d+ COERCE: .*tanker[^\\n]*\\n  [4-6] independent sources: ");
    // the syndicated copy adds a report of Greece's condemnation, not a source
    assertThat(t.out()).containsPattern("DISAPPROVE: Greece condemned the seizure\\n  single source: Harbor Wire  \\(2 reports of it\\)");
    assertThat(t.out()).contains("denied or doubted by: Iran");
    Run month = attest("timeline", "--db", db.toString(), "--from", "2025-03-03", "--to", "2025-03");
    assertThat(month.out()).doesNotContain("undated").contains("2025-03-03");
    Run iran = attest("timeline", "--db", db.toString(), "--entity", "Iran");
    assertThat(iran.code()).isZero();
  }

  /**
   * Issue 11: an event is shown by its own date, or — without one — marked "reported on DATE" by
   * its earliest statement; every claim line carries its statement time, inferred ones marked.
   */
  @Test
  void everyEventWithADatedStatementHasItsOwnDateOrIsMarkedReportedOn() throws Exception {
    Run t = attest("timeline", "--db", db.toString());
    assertThat(t.code()).as(t.err()).isZero();
    String[] blocks = t.out().split("\n\n");
    int own = 0;
    int reported = 0;
    for (String b : java.util.Arrays.copyOfRange(blocks, 1, blocks.length)) {
      String header = b.lines().findFirst().orElseThrow();
      boolean datedStatement = b.lines().anyMatch(l -> l.matches(".*; statement (on|by) \\d{4}-\\d\\d.*"));
      assertThat(datedStatement).as("every sample claim is dated (stated or by publication): %s", b).isTrue();
      assertThat(header).as("an event with a dated statement").doesNotStartWith("undated")
          .matches("(\\d{4}-\\d\\d\\S* .*|reported on \\d{4}-\\d\\d-\\d\\d( \\(publication date\\))? c\\d+ .*)");
      if (header.startsWith("reported on")) {
        reported++;
      } else {
        own++;
      }
    }
    assertThat(own).as("events dated by their own time").isGreaterThanOrEqualTo(2);
    assertThat(reported).as("events dated only by the statements about them").isGreaterThanOrEqualTo(1);
    // a claim whose cue has no date of its own is dated by its article, and says so
    assertThat(t.out()).containsPattern("; statement by 2025-03-0\\d \\(publication date\\)");
    // "confirmed on Wednesday": a stated statement date, not the article's
    assertThat(t.out()).containsPattern("Iran CONFIRM \"confirmed\" — Gulf Review, 2025-03-06 .*; statement on 2025-03-05");
    // --format json says the same: the placing, whether it is inferred, and the statement date
    var json = org.attest.model.LedgerJson.mapper().readTree(attest("timeline", "--format", "json", "--db", db.toString()).out());
    int inferred = 0;
    for (var e : json.get("events")) {
      boolean ownDate = !e.get("time").isNull() && !e.get("when").asText().equals("undated");
      if (e.get("whenInferred").asBoolean()) {
        inferred++;
        assertThat(e.get("when").asText()).startsWith("reported on " + e.get("reportedOn").asText());
      } else {
        assertThat(ownDate).as("an event not placed by its statements has its own date: %s", e).isTrue();
        assertThat(e.get("reportedOn").isNull()).isTrue();
      }
    }
    assertThat(inferred).isEqualTo(reported);
  }

  @Test
  void findingsShowReversalContradictionAndCorroboration() {
    Run f = attest("findings", "--db", db.toString());
    assertThat(f.code()).as(f.err()).isZero();
    assertThat(f.out()).containsPattern("STANCE_REVERSAL: Iran denied .*then confirmed");
    assertThat(f.out()).containsPattern("CONTRADICTION: .*United Kingdom(, [A-Z][\\w ]+)* support .*; Iran denies or doubts it");
    assertThat(f.out()).containsPattern("CORROBORATION: [4-6] independent sources support .*copies and relays counted once");
    // the ceasefire samples: a claim and its denial in another outlet, counts that disagree, a copy counted once
    assertThat(f.out()).containsPattern("CONTRADICTION: Northern Liberation Front supports [^\\n]*ceasefire[^\\n]*; [^\\n]*Ana Morel (denies|deny) or doubts? it");
    assertThat(f.out()).containsPattern("QUANTITY_CONFLICT: .*says 85 civilians .*says 120 civilians");
    // the headlines' "Rebels say" / "rebels announce" and the body's "the front" are the Northern
    // Liberation Front: one source, whichever way a report names it, so its claim is not corroborated
    assertThat(f.out()).doesNotContainPattern("\\b([Rr]ebels|front)(, | supports? )");
    assertThat(f.out()).doesNotContainPattern("CORROBORATION: [^\\n]*ceasefire");
    // "Iran rejected British claims that ...": Britain's claim, Iran's denial — never Iran asserting it
    Run claims = attest("claims", "--db", db.toString(), "--about", "international law");
    assertThat(claims.code()).as(claims.err()).isZero();
    assertThat(claims.out()).containsPattern("United Kingdom +ASSERT").containsPattern("Iran +DENY")
        .doesNotContainPattern("Iran +ASSERT");
    Run only = attest("findings", "--db", db.toString(), "--kind", "CONTRADICTION");
    assertThat(only.out()).doesNotContain("CORROBORATION:").contains("CONTRADICTION:");
    Run lower = attest("findings", "--db", db.toString(), "--kind", "contradiction");
    assertThat(lower.code()).as(lower.err()).isZero();
    assertThat(lower.out()).isEqualTo(only.out());
    Run wrong = attest("findings", "--db", db.toString(), "--kind", "nonsense");
    assertThat(wrong.code()).isNotZero();
    assertThat(wrong.err()).contains("--kind must be one of");
  }

  @Test
  void queryCommandsPrintJson() throws Exception {
    var mapper = org.attest.model.LedgerJson.mapper();
    String[][] queries = {{"timeline"}, {"findings"}, {"claims", "--about", "crew members"}, {"entity", "Iran"}, {"sources"}};
    String[] roots = {"events", "findings", "claims", "entities", "reports"};
    for (int i = 0; i < queries.length; i++) {
      java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(queries[i]));
      args.addAll(java.util.List.of("--format", "json", "--db", db.toString()));
      Run r = attest(args.toArray(String[]::new));
      assertThat(r.code()).as(String.join(" ", args) + r.err()).isZero();
      var tree = mapper.readTree(r.out());
      assertThat(tree.get(roots[i])).as(queries[i][0]).isNotNull();
      assertThat(tree.get(roots[i]).isArray()).isTrue();
      assertThat(tree.get(roots[i]).size()).as(queries[i][0]).isPositive();
      // deterministic
      assertThat(attest(args.toArray(String[]::new)).out()).isEqualTo(r.out());
    }
    var timeline = mapper.readTree(attest("timeline", "--format", "json", "--db", db.toString()).out());
    assertThat(timeline.get("events").get(0).get("independentSources")).isNotNull();
  }

  @Test
  void claimsEntitySourcesAndExport() throws Exception {
    Run claims = attest("claims", "--about", "crew members", "--db", db.toString());
    assertThat(claims.code()).as(claims.err()).isZero();
    assertThat(claims.out()).contains("crew members").containsPattern("Claims about \"crew members\": [1-9]");
    Run entity = attest("entity", "iran", "--db", db.toString());
    assertThat(entity.code()).as(entity.err()).isZero();
    assertThat(entity.out()).contains("Iran").contains("mentions:").contains("events:");
    Run sources = attest("sources", "--db", db.toString());
    assertThat(sources.out()).contains("Reports: 9").contains("Harbor Wire").contains("(copy of ");
    Path out = tmp.resolve("ledger.json");
    Run export = attest("export", "--format", "json", "--out", out.toString(), "--db", db.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(Files.readString(out)).contains("\"attest-ledger/1\"").contains("Harbor Wire");
    Run bad = attest("export", "--format", "pdf", "--db", db.toString());
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("unknown export format");
  }

  @Test
  void manualDecisionsAreRecordedAppliedAndUndone() throws Exception {
    Path copy = tmp.resolve("decisions");
    try (var s = LedgerStore.open(db.toString())) {
      // work on a copy of the store so the other tests see the original view
      s.canonicalDump();
    }
    copyTree(db, copy);
    Run merge = attest("merge", "Iran", "Iranian state media", "--note", "test", "--db", copy.toString());
    assertThat(merge.code()).as(merge.err()).isZero();
    assertThat(merge.out()).containsPattern("m1: merge Iran \\+ Iranian state media  \\(test\\)").contains("Undo with: attest undo m1");
    Run after = attest("entity", "Iranian state media", "--db", copy.toString());
    assertThat(after.out()).contains("manual");
    Run undo = attest("undo", "m1", "--db", copy.toString());
    assertThat(undo.code()).isZero();
    Run again = attest("undo", "m1", "--db", copy.toString());
    assertThat(again.code()).isNotZero();
    assertThat(again.err()).contains("no active decision m1");
    // a split of names the store does not know records nothing and fails
    Run unknown = attest("split", "Nosuchland", "Nowhere Province", "--db", copy.toString());
    assertThat(unknown.code()).isNotZero();
    assertThat(unknown.err()).contains("no entity has the name or alias 'Nosuchland'");
    try (var s = LedgerStore.open(copy.toString())) {
      assertThat(s.decisions()).isEmpty();
    }
    // re-ingest keeps decisions
    Run split = attest("split", "Iran", "Iranian state media", "--db", copy.toString());
    assertThat(split.out()).contains("m2: split");
    attest("ingest", examples.toString(), "--db", copy.toString());
    try (var s = LedgerStore.open(copy.toString())) {
      assertThat(s.decisions()).extracting(d -> d.id()).containsExactly("m2");
    }
  }

  @Test
  void queryingAStoreThatDoesNotExistSaysSo() {
    Run r = attest("timeline", "--db", tmp.resolve("nothing-here").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("no store at").contains("attest ingest");
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().endsWith(".lock.db")) {
          Files.copy(p, t);
        }
      }
    }
  }
}
