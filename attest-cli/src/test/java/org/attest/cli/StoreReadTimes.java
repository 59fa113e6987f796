package org.attest.cli;

import org.attest.store.LedgerStore;

/**
 * What a query pays before it prints (bench/scale.sh, issue 12): the view's freshness check, the
 * read and parse of the stored corpus view, and (what every resolver run pays first) the read and
 * parse of every document's ledger. {@code StoreReadTimes DB}
 */
public final class StoreReadTimes {

  private StoreReadTimes() {}

  public static void main(String[] args) {
    try (LedgerStore s = LedgerStore.open(args[0])) {
      for (int round = 1; round <= 2; round++) {
        long t0 = System.nanoTime();
        boolean current = s.corpusViewCurrent();
        long t1 = System.nanoTime();
        int entities = s.corpusView().orElseThrow().ledger().ledger().entities().size();
        long t2 = System.nanoTime();
        int ledgers = s.corpusInput().documents().size();
        long t3 = System.nanoTime();
        System.out.printf("round %d: view current %s (%.2f s); view read+parse %.2f s (%d entities); %d ledgers read+parse %.2f s%n",
            round, current, (t1 - t0) / 1e9, (t2 - t1) / 1e9, entities, ledgers, (t3 - t2) / 1e9);
      }
    }
  }
}
