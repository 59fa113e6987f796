package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest command's output and exit status for inputs that need no extraction. */
class IngestCommandTest {

  @TempDir Path tmp;

  @Test
  void badInputsAreListedWithReasonsAndExitStatus2() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.write(in.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1});
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("feed.rss"), "<rss><channel><item>");
    Files.writeString(in.resolve("README.md"), "not an article");
    var r = StoreCommandsEndToEndTest.attest("ingest", in.toString(), "--db", tmp.resolve("db").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).containsPattern("skipped +\\S*empty.txt +skipped: empty")
        .containsPattern("skipped +\\S*photo.txt +skipped: binary, not text")
        .containsPattern("skipped +\\S*feed.rss +skipped: unparsable: not a well-formed RSS/Atom feed")
        .doesNotContain("README")
        .contains("Summary: 0 ingested, 0 near-duplicate, 0 duplicate, 3 skipped, 0 failed, 0 unchanged (3 inputs)");
    // not a terminal here: plain progress lines on standard error
    assertThat(r.err()).contains("ingest: 3 files").containsPattern("\\[1/3\\] \\S*empty.txt: skipped: empty");
    var again = StoreCommandsEndToEndTest.attest("ingest", "--retry-failed", "--db", tmp.resolve("db").toString());
    assertThat(again.out()).contains("3 unchanged (3 inputs)");
  }

  @Test
  void noPathsIsAUsageError() {
    var r = StoreCommandsEndToEndTest.attest("ingest", "--db", tmp.resolve("db").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("give files or directories");
  }
}
