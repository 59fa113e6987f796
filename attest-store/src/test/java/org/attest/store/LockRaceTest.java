package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The messages of H2's lock-file protocol that a retry gets past, and the ones it does not. */
class LockRaceTest {

  @Test
  void everyLockFileRaceIsRetried() {
    for (String m : new String[] {"Error opening database: \"Another process was faster\" [8000-252]",
        "Error opening database: \"Concurrent update\" [8000-252]", "Lock file recently modified",
        "Database may be already in use: \"Locked by another process\"", "Connection is broken: \"session closed\""}) {
      assertThat(LedgerStore.lockRace(new StoreException("cannot open the store", new SQLException(m)))).as(m).isTrue();
    }
  }

  @Test
  void otherErrorsAreNot() {
    assertThat(LedgerStore.lockRace(new SQLException("Table \"DOCUMENT\" not found"))).isFalse();
    assertThat(LedgerStore.lockRace(new SQLException("Wrong user name or password [28000-252]"))).isFalse();
  }
}
