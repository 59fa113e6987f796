package org.attest.model;

/** Whether an event happened, is planned, is only possible, or is said not to have happened. */
public enum Modality {
  ACTUAL,
  PLANNED,
  POSSIBLE,
  NEGATED
}
