package org.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attest serve} refuses what it must refuse before it listens or opens anything. */
class ServeCommandTest {

  @TempDir Path tmp;

  @Test
  void aNonLoopbackBindWithoutATokenRefusesToStart() {
    Path db = tmp.resolve("db");
    var r = StoreCommandsEndToEndTest.attest("serve", "--bind", "0.0.0.0", "--port", "0", "--db", db.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("attest: refusing to listen on 0.0.0.0 without a token").contains("--token");
    assertThat(Files.exists(db)).isFalse();
  }

  @Test
  void aTooShortTokenIsRefused() {
    var r = StoreCommandsEndToEndTest.attest("serve", "--bind", "0.0.0.0", "--token", "abc", "--port", "0", "--db",
        tmp.resolve("db").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("token is too short");
  }

  @Test
  void aBusyPortIsOneClearLine() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      var r = StoreCommandsEndToEndTest.attest("serve", "--port", String.valueOf(port), "--db", tmp.resolve("db").toString());
      assertThat(r.code()).isEqualTo(1);
      // before: "attest: java.lang.IllegalStateException: STOPPED"
      assertThat(r.err().strip()).isEqualTo("attest: cannot listen on 127.0.0.1:" + port
          + ": the port is in use (another attest serve?); choose another with --port");
    }
  }

  @Test
  void aBadPortIsAUsageError() {
    var r = StoreCommandsEndToEndTest.attest("serve", "--port", "70000", "--db", tmp.resolve("db").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("--port must be between 0 and 65535");
  }
}
