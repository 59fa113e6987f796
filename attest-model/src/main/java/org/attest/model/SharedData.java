package org.attest.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the workplace's {@code shared/} folder (seed article, ledger spec, annotated corpora),
 * which lives beside the repository and is never copied into it. Tests that need it skip where it
 * is absent (a user's clone) and fail where it must be present ({@code CI=true}).
 */
public final class SharedData {

  private SharedData() {}

  /** {@code $ATTEST_SHARED}, else the first {@code shared/} beside this folder or an ancestor. */
  public static Optional<Path> locate() {
    String env = System.getenv("ATTEST_SHARED");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (dir.getParent() != null && Files.isDirectory(candidate.resolve("spec"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** True where the shared data must be present: in CI. */
  public static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** The message a test gives when it cannot find the shared data. */
  public static String missingMessage(String what) {
    return "shared data not found (" + what + "): set ATTEST_SHARED or place shared/ beside the repository";
  }
}
