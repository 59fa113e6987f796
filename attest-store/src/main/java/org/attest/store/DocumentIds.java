package org.attest.store;

/**
 * A stored document's id: the first 16 hex digits (64 bits) of the SHA-256 of its normalized text.
 * Short enough to read in a ledger, far from colliding at any corpus size a store will hold; the
 * full hash is kept too and is unique in the store.
 */
public final class DocumentIds {

  private DocumentIds() {}

  public static String of(String sha256) {
    if (sha256 == null || sha256.length() != 64) {
      throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }
    return sha256.substring(0, 16);
  }
}
