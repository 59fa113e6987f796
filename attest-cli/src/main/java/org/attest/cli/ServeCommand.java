package org.attest.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attest.extract.AttestPipeline;
import org.attest.store.StoreLocation;
import org.attest.web.ServeOptions;
import org.attest.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attest serve}: the analyst's desk (web UI and REST API) over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the analyst's desk over the store: a web UI (timeline, event cards, claims, findings, provenance",
      "graph, entities, documents, ingest) and a REST API under /api/ (described at /openapi.json).",
      "Listens on 127.0.0.1 unless told otherwise; any other address needs --token (or ATTEST_TOKEN)."
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "LOCATION", defaultValue = StoreLocation.DEFAULT,
      description = "The store: a directory (default: ${DEFAULT-VALUE}) or a jdbc:postgresql:// URL.")
  String db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_PORT,
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeOptions.DEFAULT_BIND,
      description = "Address to listen on (default: ${DEFAULT-VALUE}). Anything but loopback needs a token.")
  String bind;

  @Option(names = "--token", paramLabel = "T",
      description = "Bearer token every change (and read, unless --open-reads) must carry. Default: $ATTEST_TOKEN.")
  String token;

  @Option(names = "--open-reads", description = "With a token: let reads through without it (changes still need it).")
  boolean openReads;

  @Option(names = "--max-upload-bytes", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_MAX_UPLOAD_BYTES,
      description = "Largest ingest upload, all files together (default: ${DEFAULT-VALUE}).")
  long maxUploadBytes;

  @Option(names = "--upload-seconds", paramLabel = "S", defaultValue = "" + ServeOptions.DEFAULT_UPLOAD_SECONDS,
      description = "Time budget of one upload: extraction past it is stopped, the rest fail with the reason"
          + " (default: ${DEFAULT-VALUE}).")
  int uploadSeconds;

  @Option(names = "--max-document-bytes", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_MAX_DOCUMENT_BYTES,
      description = "Largest single document of an upload (default: ${DEFAULT-VALUE}; 'attest ingest' takes larger).")
  long maxDocumentBytes;

  @Override
  public Integer call() throws InterruptedException {
    String t = token != null ? token : System.getenv("ATTEST_TOKEN");
    ServeOptions options = new ServeOptions(db, bind, port, t, openReads, maxUploadBytes, null, uploadSeconds, maxDocumentBytes);
    WebServer server = WebServer.start(options, AttestPipeline::create);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (RuntimeException | Error e) {
        // stopping anyway: one line, no trace
        System.err.println("attest: stopped (" + e.getClass().getSimpleName() + " while closing the store)");
      }
      stopped.countDown();
    }, "attest-serve-stop"));
    System.err.println("attest: the analyst's desk is at " + server.url() + " (store " + server.storeLocation() + ")"
        + (t == null ? "" : "; the token is required" + (openReads ? " for changes" : "")) + ". Ctrl-C stops it.");
    stopped.await();
    return 0;
  }
}
