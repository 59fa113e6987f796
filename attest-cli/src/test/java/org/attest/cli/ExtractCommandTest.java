package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.model.Ledger;
import org.attest.model.LedgerJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final String ARTICLE = "Ghana recalled its ambassador on Monday, officials said.\n";

  /** Exit code, standard output and standard error of one run. */
  record Run(int code, String out, String err) {}

  static Run attest(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = AttestCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void jsonFollowsTheContractAndIsByteIdenticalAcrossRuns(@TempDir Path tmp) throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    Run first = attest("extract", "--published", "2024-03-06", "--format", "json", a.toString());
    Run second = attest("extract", "--published", "2024-03-06", "--format", "json", a.toString());
    assertThat(first.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    Ledger l = LedgerJson.read(first.out());
    assertThat(l.format()).isEqualTo("attest-ledger/1");
    assertThat(l.documents()).singleElement().satisfies(d -> assertThat(d.published()).isEqualTo("2024-03-06"));
    assertThat(l.times()).anySatisfy(t -> assertThat(t.value()).isEqualTo("2024-03-04"));
    assertThat(l.events()).anySatisfy(e -> assertThat(e.trigger()).isEqualTo("recalled"));
  }

  @Test
  void withoutAPublicationDateRelativeDatesKeepUnknownDigits(@TempDir Path tmp) throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    Ledger l = LedgerJson.read(attest("extract", "--format", "json", a.toString()).out());
    assertThat(l.times()).allSatisfy(t -> assertThat(t.value()).contains("X"));
  }

  @Test
  void sidecarMetadataIsReadAndTheCommandLineWins(@TempDir Path tmp) throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    Files.writeString(tmp.resolve("a.meta.json"), "{\"outlet\": \"Accra Post\", \"published\": \"2024-03-06\", \"title\": \"T\"}");
    Ledger l = LedgerJson.read(attest("extract", "--format", "json", a.toString()).out());
    assertThat(l.documents().get(0).outlet()).isEqualTo("Accra Post");
    assertThat(l.documents().get(0).published()).isEqualTo("2024-03-06");
    Ledger o = LedgerJson.read(attest("extract", "--format", "json", "--outlet", "X", a.toString()).out());
    assertThat(o.documents().get(0).outlet()).isEqualTo("X");
  }

  @Test
  void textOutputListsEverySection(@TempDir Path tmp) throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    Run r = attest("extract", "--published", "2024-03-06", a.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Entities (", "Times (", "Events (", "Attributions (", "Quotes (", "Findings (")
        .contains("Ghana").contains("2024-03-04");
  }

  @Test
  void badInputGivesOneClearLineAndANonZeroExit(@TempDir Path tmp) throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "  \n");
    Path binary = Files.write(tmp.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2});
    Path latin1 = Files.write(tmp.resolve("latin.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(attest("extract", tmp.resolve("missing.txt").toString()))
        .satisfies(r -> assertThat(r.code()).isNotZero())
        .satisfies(r -> assertThat(r.err()).contains("no such file"));
    assertThat(attest("extract", empty.toString()).err()).contains("empty");
    assertThat(attest("extract", binary.toString()).err()).contains("binary");
    assertThat(attest("extract", latin1.toString()).err()).contains("UTF-8");
    Run badDate = attest("extract", "--published", "July 1", empty.toString());
    assertThat(badDate.code()).isNotZero();
    assertThat(badDate.err()).contains("--published");
    assertThat(badDate.err().strip().lines()).hasSize(1);
  }

  @Test
  void aDirectoryRunReportsBadFilesAndGoesOn(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("a.txt"), ARTICLE);
    Files.write(tmp.resolve("b.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(tmp.resolve("c.txt"), "Kenya sent 300 police officers to Haiti.\n");
    Run r = attest("extract", "--format", "json", tmp.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("b.txt").contains("binary");
    Ledger l = LedgerJson.read(r.out());
    assertThat(l.documents()).hasSize(2);
    assertThat(l.documents()).extracting(d -> d.id()).containsExactly("d1", "d2");
  }
}
