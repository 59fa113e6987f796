package org.attest.model;

import java.util.List;

/**
 * A real-world thing the text talks about (person, organization, country, place ...), with every
 * name it goes by ({@code aliases}) and every place it is mentioned.
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    List<String> aliases,
    List<Mention> mentions,
    Provenance extractor) {

  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }
}
