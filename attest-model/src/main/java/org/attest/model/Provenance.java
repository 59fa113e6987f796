package org.attest.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Which component produced a ledger item: its registered name, its version (the Attest release
 * it shipped in) and {@code config}, a hash (16 hex digits) of the lexicons, learned models and
 * settings it ran with — so two items agree on provenance only when the same code read the same
 * word lists and models with the same settings. {@code config} is null for items made by hand
 * (tests, manual decisions) and then left out of the JSON. Together with the item's document id
 * and offsets this is the item's provenance (the Tribuo habit: provenance as a type, never a
 * comment).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String name, String version, String config) {

  @JsonCreator
  public Provenance(
      @JsonProperty("name") String name, @JsonProperty("version") String version, @JsonProperty("config") String config) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.config = config;
  }

  public static Provenance of(String name, String version) {
    return new Provenance(name, version, null);
  }

  public static Provenance of(String name, String version, String config) {
    return new Provenance(name, version, config);
  }

  /** {@code name@version}: the component, whatever it was configured with. */
  @Override
  public String toString() {
    return name + "@" + version;
  }
}
