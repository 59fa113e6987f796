package org.attest.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file database. */
class H2StoreTest extends StoreContract {

  @TempDir Path dir;
  private final AtomicInteger n = new AtomicInteger();
  private Path current;

  @Override
  LedgerStore newStore() {
    current = dir.resolve("store" + n.incrementAndGet());
    return LedgerStore.open(current.toString());
  }

  @Override
  LedgerStore reopen() {
    return LedgerStore.open(current.toString());
  }
}
