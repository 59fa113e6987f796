package org.attest.time.timeml;

/** A TimeML file that cannot be read: malformed XML, no TEXT element, bad encoding. Names the file. */
public final class TimeMLException extends Exception {

  private static final long serialVersionUID = 1L;

  public TimeMLException(String file, String reason) {
    super(file + ": " + reason);
  }

  public TimeMLException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
