package org.attest.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.LedgerStore;

/**
 * A separate ingest process for the crash and concurrency tests:
 * {@code IngestChild DB DELAY_MS PATH...}. Prints one line per finished file and "DONE" at the end.
 */
public final class IngestChild {

  public static void main(String[] args) throws Exception {
    String db = args[0];
    long delay = Long.parseLong(args[1]);
    List<Path> paths = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      paths.add(Path.of(args[i]));
    }
    try (LedgerStore store = LedgerStore.open(db)) {
      IngestListener progress = new IngestListener() {
        @Override
        public void fileDone(int done, int total, Path file, List<RunResult> results) {
          System.out.println("FILE " + done + " " + results.get(0).result().status());
          System.out.flush();
        }
      };
      new Ingester(store, new WordsExtractor(delay), new CorpusResolver()::resolve, IngestLimits.DEFAULT, progress).ingest(paths);
    }
    System.out.println("DONE");
    System.out.flush();
  }
}
