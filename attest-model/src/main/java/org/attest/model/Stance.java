package org.attest.model;

/** What a source does with the content it is credited with. */
public enum Stance {
  /** Says it happened, on its own authority. */
  ASSERT,
  /** Relays what others say. */
  REPORT,
  CONFIRM,
  ACKNOWLEDGE,
  DENY,
  DOUBT,
  PLAN;

  /** True for stances that vouch for the event (the ones corroboration counts). */
  public boolean supports() {
    return this == ASSERT || this == REPORT || this == CONFIRM || this == ACKNOWLEDGE;
  }

  /** True for stances that speak against the event. */
  public boolean opposes() {
    return this == DENY || this == DOUBT;
  }
}
