package org.attest.testkit;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test with its reason on standard error, so a test that did not run (no
 * shared corpus, no PostgreSQL URL, a disabled test) is seen in the build log and not only in the
 * surefire XML. Registered for every module's tests through {@code META-INF/services}.
 */
public final class SkipReporter implements TestExecutionListener {

  private final PrintStream err = System.err;

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
    }
  }

  private void print(TestIdentifier test, String reason) {
    String where = test.getSource().map(Object::toString).orElse(test.getUniqueId());
    String name = test.getDisplayName();
    String cls = where.replaceAll(".*className\\s*=\\s*'([^']*)'.*", "$1");
    if (!cls.equals(where)) {
      int dot = cls.lastIndexOf('.');
      name = cls.substring(dot + 1) + (test.isContainer() ? "" : "." + name);
    }
    err.println("[SKIPPED] " + name + ": " + (reason == null || reason.isBlank() ? "(no reason given)" : reason.replaceAll("\\s+", " ")));
    err.flush();
  }
}
