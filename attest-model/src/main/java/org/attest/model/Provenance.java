package org.attest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Which component produced a ledger item: its registered name and version. Together with the
 * item's document id and offsets this is the item's provenance (the Tribuo habit: provenance as
 * a type, never a comment).
 */
public record Provenance(String name, String version) {

  @JsonCreator
  public Provenance(@JsonProperty("name") String name, @JsonProperty("version") String version) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
  }

  public static Provenance of(String name, String version) {
    return new Provenance(name, version);
  }

  @Override
  public String toString() {
    return name + "@" + version;
  }
}
