package org.attest.store;

/** What full-text search looks in. */
public enum SearchKind {
  DOCUMENT("D"),
  CLAIM("C"),
  ENTITY("E");

  final String code;

  SearchKind(String code) {
    this.code = code;
  }
}
