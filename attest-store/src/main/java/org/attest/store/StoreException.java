package org.attest.store;

/** A store that cannot be opened, read or written; the message says what and where. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
