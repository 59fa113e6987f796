package org.attest.model;

/**
 * PLOVER event categories (Political Language Ontology for Verifiable Event Records), plus
 * {@link #OTHER} for events outside them (then the event's predicate says what happened).
 */
public enum EventType {
  AGREE(QuadClass.VERBAL_COOPERATION),
  CONSULT(QuadClass.VERBAL_COOPERATION),
  SUPPORT(QuadClass.VERBAL_COOPERATION),
  CONCEDE(QuadClass.VERBAL_COOPERATION),
  COOPERATE(QuadClass.MATERIAL_COOPERATION),
  AID(QuadClass.MATERIAL_COOPERATION),
  RETREAT(QuadClass.MATERIAL_COOPERATION),
  INVESTIGATE(QuadClass.VERBAL_CONFLICT),
  DEMAND(QuadClass.VERBAL_CONFLICT),
  DISAPPROVE(QuadClass.VERBAL_CONFLICT),
  REJECT(QuadClass.VERBAL_CONFLICT),
  THREATEN(QuadClass.VERBAL_CONFLICT),
  SANCTION(QuadClass.MATERIAL_CONFLICT),
  PROTEST(QuadClass.MATERIAL_CONFLICT),
  CRIME(QuadClass.MATERIAL_CONFLICT),
  MOBILIZE(QuadClass.MATERIAL_CONFLICT),
  COERCE(QuadClass.MATERIAL_CONFLICT),
  ASSAULT(QuadClass.MATERIAL_CONFLICT),
  OTHER(QuadClass.NEUTRAL);

  /** The four "quad classes" analysts colour timelines by, plus neutral for OTHER. */
  public enum QuadClass {
    VERBAL_COOPERATION,
    MATERIAL_COOPERATION,
    VERBAL_CONFLICT,
    MATERIAL_CONFLICT,
    NEUTRAL
  }

  private final QuadClass quadClass;

  EventType(QuadClass quadClass) {
    this.quadClass = quadClass;
  }

  public QuadClass quadClass() {
    return quadClass;
  }
}
