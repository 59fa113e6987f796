package org.attest.model;

/** Entity types of the ledger contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  FACILITY,
  OTHER
}
