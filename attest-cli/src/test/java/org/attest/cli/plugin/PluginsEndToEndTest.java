package org.attest.cli.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.cli.AttestCommand;
import org.attest.export.ExportFormat;
import org.attest.extract.Extractors;
import org.attest.ingest.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A toy input format ({@code .memo}), a toy extractor («guillemet» quotes) and a toy export format
 * (quotes as TSV), registered only in this module's test resources (META-INF/services), run end
 * to end through the command line: ingest into the store, then export.
 */
class PluginsEndToEndTest {

  @TempDir Path tmp;

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

  @Test
  void theRegistriesFindThePlugInsBesideTheBuiltIns() {
    assertThat(InputFiles.formats()).extracting(f -> f.name()).contains("memo", "text", "html", "feed", "jsonl");
    assertThat(ExportFormat.all()).extracting(ExportFormat::cliName).contains("quotes-tsv", "json", "gexf");
    // The toy produces quotes: the planner puts it before the attributions, which read them.
    assertThat(Extractors.names()).containsSubsequence("guillemets", "attributions");
  }

  @Test
  void aMemoIsIngestedItsGuillemetQuotesExtractedAndExportedAsTsv() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("harbour.memo"), "Subject: Harbour closed\nDate: 2031-03-04\n\n"
        + "The harbour master said «the quay stays shut until Friday» after the storm damaged two cranes.\n");
    Path db = tmp.resolve("db");
    Run ingest = attest("ingest", in.toString(), "--db", db.toString());
    assertThat(ingest.code()).as(ingest.out() + ingest.err()).isZero();
    assertThat(ingest.out()).contains("harbour.memo").contains("1 ingested");

    Path out = tmp.resolve("quotes.tsv");
    Run export = attest("export", "--format", "quotes-tsv", "--out", out.toString(), "--db", db.toString());
    assertThat(export.code()).as(export.out() + export.err()).isZero();
    String tsv = Files.readString(out);
    assertThat(tsv).startsWith("title\textractor\tbegin\tend\ttext\n");
    assertThat(tsv).contains("Harbour closed\tguillemets\t");
    assertThat(tsv).contains("\t«the quay stays shut until Friday»\n");

    // The item's provenance names the plug-in with its version and configuration hash.
    Run json = attest("export", "--format", "json", "--db", db.toString());
    assertThat(json.out()).containsPattern("\"name\" : \"guillemets\",\\s+\"version\" : \"0.0.1\",\\s+\"config\" : \"[0-9a-f]{16}\"");
  }

  @Test
  void anUnknownExportFormatListsThePlugInsToo() {
    Run r = attest("export", "--format", "pdf", "--db", tmp.resolve("none").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("quotes-tsv").doesNotContain("Exception");
  }
}
