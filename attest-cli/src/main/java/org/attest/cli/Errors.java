package org.attest.cli;

import java.nio.file.NoSuchFileException;

/** One clear line for an error a user caused or can fix. */
final class Errors {

  private Errors() {}

  static String message(Throwable ex) {
    if (ex instanceof NoSuchFileException nsf) {
      return "no such file: " + nsf.getFile();
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
  }
}
