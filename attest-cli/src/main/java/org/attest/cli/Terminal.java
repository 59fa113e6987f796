package org.attest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output is a terminal (where binary output must not go). */
final class Terminal {

  private Terminal() {}

  /**
   * True when standard output is a terminal: Java's console (standard input and output both
   * terminals), or, on Linux, file descriptor 1 opened on a terminal device (standard input may
   * be redirected while output still goes to the screen).
   */
  static boolean stdoutIsTerminal() {
    return System.console() != null || isTerminalDevice(Path.of("/proc/self/fd/1"));
  }

  /** Whether a {@code /proc/PID/fd/N} link points at a terminal device. */
  static boolean isTerminalDevice(Path fdLink) {
    try {
      String target = Files.readSymbolicLink(fdLink).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
