package org.attest.cli;

import java.util.List;
import org.attest.crossdoc.CorpusInput;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.CorpusResolver;
import org.attest.ingest.Ingester;
import org.attest.ingest.MinHash;
import org.attest.model.Ledger;
import org.attest.store.LedgerStore;
import org.attest.store.NewDocument;
import org.attest.store.StoredDocument;

/**
 * The store's share of ingest, without the NLP (bench/scale.sh, issue 12): commits the documents
 * of a built store, with their stored ledgers, into another store in the same order, recomputing
 * the corpus view after every BATCH documents, and prints where the time went (commits; the
 * view's read and parse of every ledger, its resolver run, its write). The target then holds what
 * an ingest of the same texts would have stored, so its file size is the store's own cost.
 *
 * <p>{@code StoreReplay SOURCE_DB TARGET_DB [BATCH=all] [TO=all] [FROM=0]}: the source's documents
 * FROM (0-based) to TO (exclusive); a second run with FROM = the first's TO adds to the target.
 */
public final class StoreReplay {

  private StoreReplay() {}

  public static void main(String[] args) {
    String from = args[0];
    String to = args[1];
    // BATCH 0: no corpus view at all (the commits' own cost)
    int batch = args.length > 2 && !args[2].equals("all") ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    int limit = args.length > 3 && !args[3].equals("all") ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
    int first = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    long commitNs = 0;
    long[] view = new long[3];
    int views = 0;
    try (LedgerStore src = LedgerStore.open(from); LedgerStore dst = LedgerStore.open(to)) {
      List<StoredDocument> docs = src.documents();
      int n = Math.min(limit, docs.size());
      for (int i = first; i < n; i++) {
        StoredDocument d = docs.get(i);
        String text = src.text(d.id()).orElseThrow();
        Ledger ledger = src.ledger(d.id()).orElseThrow();
        int[] sig = MinHash.signature(text);
        long t0 = System.nanoTime();
        dst.commitDocument(new NewDocument(d.info(), d.author(), d.source(), text, ledger, sig, MinHash.bandKeys(sig)),
            Ingester.MINHASH_RULE);
        commitNs += System.nanoTime() - t0;
        if (batch > 0 && ((i + 1 - first) % batch == 0 || i + 1 == n)) {
          long[] parts = new long[3];
          long v0 = System.nanoTime();
          dst.refreshCorpusView(input -> timedResolve(input, parts, v0));
          long total = System.nanoTime() - v0;
          view[0] += parts[0];
          view[1] += parts[1];
          view[2] += total - parts[0] - parts[1];
          views++;
        }
      }
      System.out.printf("documents %d, views %d: commits %.1f s; views: read+parse %.1f s, resolve %.1f s, write %.1f s%n",
          n - first, views, commitNs / 1e9, view[0] / 1e9, view[1] / 1e9, view[2] / 1e9);
    }
  }

  /** parts[0]: from the refresh's start to the resolver's call (fingerprint, read, parse); parts[1]: the resolver. */
  private static CorpusLedger timedResolve(CorpusInput input, long[] parts, long start) {
    long r0 = System.nanoTime();
    parts[0] += r0 - start;
    CorpusLedger out = new CorpusResolver().resolve(input);
    parts[1] += System.nanoTime() - r0;
    return out;
  }
}
