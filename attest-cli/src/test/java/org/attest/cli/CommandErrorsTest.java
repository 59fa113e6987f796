package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.cli.StoreCommandsEndToEndTest.attest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.cli.StoreCommandsEndToEndTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user makes get one clear line, change nothing, and exit non-zero. */
class CommandErrorsTest {

  @TempDir Path tmp;

  @Test
  void ingestOfAMissingFileCreatesNoStore() {
    Path db = tmp.resolve("store");
    Run r = attest("ingest", tmp.resolve("nosuch.txt").toString(), "--db", db.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip()).startsWith("attest: no such file").doesNotContain("\n");
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void aStoreThatCannotBeCreatedIsOneLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Path in = Files.writeString(tmp.resolve("a.txt"), "The council met on Monday and said the bridge would close.");
    Run r = attest("ingest", in.toString(), "--db", file.resolve("sub").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err().strip()).startsWith("attest: cannot create the store at").doesNotContain("\n").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnreachablePostgresServerNamesTheUserOfTheUrl() {
    Path in = tmp.resolve("a.txt");
    Run r = attest("sources", "--db", "jdbc:postgresql://127.0.0.1:9/attest?user=alice&password=secret");
    assertThat(r.code()).isNotZero();
    String line = r.err().strip();
    assertThat(line).doesNotContain("\n").contains("as user 'alice'").doesNotContain("'null'").doesNotContain("secret");
    assertThat(line.length()).isLessThan(400);
  }

  @Test
  void extractReadsAnHtmlPageAsIngestDoes() throws Exception {
    Path page = Files.writeString(tmp.resolve("page.html"), """
        <!doctype html><html><head><title>Bridge</title>
        <meta property="og:title" content="Council closes the bridge">
        <meta property="og:description" content="The minister said the port was closed, officials claimed.">
        </head><body><nav><a href="/">Home</a></nav><article><p>The city council of Riverton said on Tuesday that the
        old river bridge would close to heavy traffic.</p></article></body></html>
        """);
    Run r = attest("extract", "--format", "json", page.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Council closes the bridge").doesNotContain("og:title").doesNotContain("<meta")
        .doesNotContain("port was closed");
  }

  @Test
  void aNewlineInAFileNameStaysOnOneLine() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("two\nlines.txt"), new byte[] {0, 1, 2});
    Run r = attest("ingest", in.toString(), "--db", tmp.resolve("db").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("two\\nlines.txt  skipped: binary");
    assertThat(r.out().lines().filter(l -> l.startsWith("skipped"))).hasSize(1);
  }

  @Test
  void progressCountsEveryInputEvenOddOnes() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("odd"));
    Files.write(in.resolve("a.txt"), new byte[] {0, 1});
    Files.createSymbolicLink(in.resolve("b.txt"), in.resolve("nowhere.txt"));
    Files.write(in.resolve("c.txt"), new byte[0]);
    Run r = attest("ingest", in.toString(), "--db", tmp.resolve("db2").toString());
    assertThat(r.err()).contains("ingest: 3 files").contains("[3/3]");
    assertThat(r.out()).contains("skipped: not a regular file: a dangling symbolic link");
  }

  @Test
  void librariesLogThroughARealLoggerAtWarn() {
    var factory = org.slf4j.LoggerFactory.getILoggerFactory();
    assertThat(factory.getClass().getName()).contains("Simple");
    assertThat(org.slf4j.LoggerFactory.getLogger("org.flywaydb.core.Flyway").isInfoEnabled()).isFalse();
    // no banner or INFO lines from the web server; the desk reports its own errors (see simplelogger.properties)
    assertThat(org.slf4j.LoggerFactory.getLogger("io.javalin.Javalin").isInfoEnabled()).isFalse();
    assertThat(org.slf4j.LoggerFactory.getLogger("org.attest.cli").isWarnEnabled()).isTrue();
  }

  @Test
  void terminalDevicesAreRecognizedFromTheirDescriptorLink() throws Exception {
    Path tty = Files.createSymbolicLink(tmp.resolve("fd1"), Path.of("/dev/pts/3"));
    Path pipe = Files.createSymbolicLink(tmp.resolve("fd2"), Path.of("pipe:[12345]"));
    Path file = Files.createSymbolicLink(tmp.resolve("fd3"), tmp.resolve("out.zip"));
    assertThat(Terminal.isTerminalDevice(tty)).isTrue();
    assertThat(Terminal.isTerminalDevice(pipe)).isFalse();
    assertThat(Terminal.isTerminalDevice(file)).isFalse();
  }
}
