package org.attest.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * A named-entity tag as the recognizer writes it (CoreNLP's 3- and 4-class models give the first
 * five). Tags this enum does not list read as {@link #OTHER} and keep their text on the token
 * ({@link Token#ner()}).
 */
public enum NerTag {
  /** Not part of a named entity. */
  NONE("O"),
  PERSON("PERSON"),
  LOCATION("LOCATION"),
  ORGANIZATION("ORGANIZATION"),
  MISC("MISC"),
  // CoreNLP's numeric and fine-grained classes (off in Attest's pipeline, named so that a parse
  // made with them reads as typed too).
  DATE("DATE"),
  TIME("TIME"),
  DURATION("DURATION"),
  SET("SET"),
  MONEY("MONEY"),
  NUMBER("NUMBER"),
  ORDINAL("ORDINAL"),
  PERCENT("PERCENT"),
  EMAIL("EMAIL"),
  URL("URL"),
  CITY("CITY"),
  STATE_OR_PROVINCE("STATE_OR_PROVINCE"),
  COUNTRY("COUNTRY"),
  NATIONALITY("NATIONALITY"),
  RELIGION("RELIGION"),
  TITLE("TITLE"),
  IDEOLOGY("IDEOLOGY"),
  CRIMINAL_CHARGE("CRIMINAL_CHARGE"),
  CAUSE_OF_DEATH("CAUSE_OF_DEATH"),
  HANDLE("HANDLE"),
  /** A tag this enum does not know; the token keeps it as written. */
  OTHER("?");

  private static final Map<String, NerTag> BY_LABEL = new HashMap<>();

  static {
    for (NerTag t : values()) {
      BY_LABEL.put(t.label, t);
    }
  }

  private final String label;

  NerTag(String label) {
    this.label = label;
  }

  /** The tag named by a recognizer's label ("PERSON"; "O" or null for none); {@link #OTHER} when unknown. */
  public static NerTag of(String label) {
    if (label == null) {
      return NONE;
    }
    NerTag t = BY_LABEL.get(label);
    return t == null ? OTHER : t;
  }

  /** The label as the recognizer writes it ("O", "PERSON"). */
  public String label() {
    return label;
  }

  /**
   * True for a tag that marks a word of a proper name: a person, organisation, place or
   * nationality (not a number, date or other numeric class).
   */
  public boolean isName() {
    return switch (this) {
      case PERSON, ORGANIZATION, LOCATION, MISC, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY -> true;
      default -> false;
    };
  }

  /** True for a named entity of any kind. */
  public boolean isEntity() {
    return this != NONE;
  }
}
