package org.attest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A real-world thing the text talks about (person, organization, country, place ...), with every
 * name it goes by ({@code aliases}) and every place it is mentioned.
 *
 * <p>{@code affiliation}, where known, is whom the entity acts for on the article's date: a person,
 * office, agent or institution acting for a country ("the North Korean leader", "Sudanese police"),
 * with a role code; null (and left out of the JSON) otherwise.
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<Mention> mentions,
    Provenance extractor,
    @JsonInclude(JsonInclude.Include.NON_NULL) Affiliation affiliation) {

  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An entity with no known affiliation. */
  public Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions,
      Provenance extractor) {
    this(id, name, type, aliases, mentions, extractor, null);
  }

  /**
   * Whom an entity acts for: {@code country} (a country name as the ledger's country entities are
   * named, or null for international and non-state actors), {@code role} (a CAMEO/Phoenix role code:
   * {@code GOV} government, {@code MIL} military, {@code COP} police, {@code REB} rebels, {@code IGO}
   * intergovernmental ...) and {@code code} (the full actor code, e.g. {@code PRKGOV}) where known.
   */
  public record Affiliation(String country, String role, String code) {}
}
