package org.attest.model;

public enum Polarity {
  POSITIVE,
  NEGATIVE
}
