package org.attest.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.attest.extract.AttestPipeline;
import org.attest.model.LedgerExtractor;

/**
 * Servers for the tests: each over its own H2 store in a temporary directory, with the real
 * pipeline, loaded once for the whole test run (it takes a while).
 */
final class Desks {

  private static LedgerExtractor pipeline;

  private Desks() {}

  static synchronized LedgerExtractor pipeline() {
    if (pipeline == null) {
      pipeline = AttestPipeline.create();
    }
    return pipeline;
  }

  static final Supplier<LedgerExtractor> PIPELINE = Desks::pipeline;

  /** A pipeline that must not be needed (tests that never ingest a new document). */
  static final Supplier<LedgerExtractor> NO_PIPELINE = () -> {
    throw new AssertionError("this test must not extract");
  };

  private static final java.util.List<Path> TEMP = new java.util.ArrayList<>();

  static {
    // the stores are closed by then (each test closes its server); leave nothing in the temp dir
    Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMP.forEach(Desks::delete)));
  }

  static synchronized ServeOptions options(String name) throws java.io.IOException {
    Path dir = Files.createTempDirectory("attest-web-" + name);
    TEMP.add(dir);
    // a generous budget: a loaded test machine extracts slowly (UploadTest sets small ones on purpose)
    return ServeOptions.of(dir.resolve("db").toString()).withPort(0).withUploadBudget(900, ServeOptions.DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** A temporary directory the test run deletes when it ends. */
  static synchronized Path tempDir(String name) throws java.io.IOException {
    Path dir = Files.createTempDirectory("attest-web-" + name);
    TEMP.add(dir);
    return dir;
  }

  private static void delete(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException | RuntimeException e) {
      // best effort: a temp dir left behind is harmless
    }
  }
}
