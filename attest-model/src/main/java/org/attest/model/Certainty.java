package org.attest.model;

public enum Certainty {
  CERTAIN,
  PROBABLE,
  POSSIBLE
}
