package org.attest.time.timeml;

/**
 * A TIMEX3 element found inside a TimeML document's TEXT: offsets into {@link
 * TimeMLDocument#text()}, and its attributes ({@code mod} and {@code functionInDocument} may be
 * null).
 */
public record TimeMLTimex(
    int begin, int end, String tid, String type, String value, String mod, String functionInDocument) {

  /** The document-creation-time timex, which scorers leave out. */
  public boolean isCreationTime() {
    return "CREATION_TIME".equals(functionInDocument);
  }
}
