package org.attest.eval.meantime;

/** A file that is not well-formed MEANTIME XML; the message names the file and the problem. */
public final class MeantimeFormatException extends RuntimeException {

  public MeantimeFormatException(String message) {
    super(message);
  }

  public MeantimeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
