package org.attest.cli;

import java.nio.file.Files;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.store.CorpusView;
import org.attest.store.LedgerStore;
import org.attest.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command takes, and opening the store it names. */
final class StoreOptions {

  @Option(names = "--db", paramLabel = "LOCATION", defaultValue = StoreLocation.DEFAULT,
      description = "The store: a directory for the embedded database (default: ${DEFAULT-VALUE}) "
          + "or a jdbc:postgresql://host:port/db?user=…&password=… URL.")
  String db;

  /** Opens the store, creating it (ingest, decisions). */
  LedgerStore openForWriting() {
    return LedgerStore.open(db);
  }

  /** Opens an existing store; a directory that holds none is a user error, not a new store. */
  LedgerStore openExisting() {
    StoreLocation loc = StoreLocation.parse(db);
    if (loc.embedded() && (loc.storeFile() == null || !Files.exists(loc.storeFile()))) {
      throw new IllegalArgumentException("no store at " + loc.display() + ": run 'attest ingest PATH… --db " + db + "' first");
    }
    return LedgerStore.open(loc);
  }

  /** The corpus view, recomputed first if documents or decisions changed since it was made. */
  static CorpusLedger corpus(LedgerStore store) {
    CorpusView v = store.refreshCorpusView(new CorpusResolver()::resolve);
    if (!v.available()) {
      throw new IllegalStateException("the cross-document view could not be computed: " + v.error());
    }
    return v.ledger();
  }

  /** The store's facts an export adds to the ledger: each document's author and copy-of link. */
  static org.attest.export.ExportOptions exportOptions(LedgerStore store) {
    java.util.Map<String, org.attest.export.ExportOptions.DocumentMeta> meta = new java.util.HashMap<>();
    for (var d : store.documents()) {
      if (d.author() != null || d.copyOf() != null) {
        meta.put(d.id(), new org.attest.export.ExportOptions.DocumentMeta(d.author(), d.copyOf()));
      }
    }
    return new org.attest.export.ExportOptions(meta, null);
  }
}
