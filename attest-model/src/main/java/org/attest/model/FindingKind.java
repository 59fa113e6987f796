package org.attest.model;

public enum FindingKind {
  STANCE_REVERSAL,
  CONTRADICTION,
  DATE_CONFLICT,
  QUANTITY_CONFLICT,
  CORROBORATION
}
