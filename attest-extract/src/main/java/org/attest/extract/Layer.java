package org.attest.extract;

import java.util.Objects;

/**
 * A kind of annotation an extractor requires or produces. The document's parse ({@link #PARSE})
 * is always there; the others exist once an extractor that produces them has run. The set is
 * open: a new extractor may declare a layer of its own ({@code new Layer("claims")}).
 */
public record Layer(String name) implements Comparable<Layer> {

  /** Tokens, sentences, lemmas, part of speech, named-entity tags and the dependency parse. */
  public static final Layer PARSE = new Layer("parse");
  public static final Layer ENTITIES = new Layer("entities");
  public static final Layer TIMES = new Layer("times");
  public static final Layer EVENTS = new Layer("events");
  public static final Layer QUOTES = new Layer("quotes");
  public static final Layer ATTRIBUTIONS = new Layer("attributions");
  public static final Layer FINDINGS = new Layer("findings");

  public Layer {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("layer name must be lower-case letters, digits and '-': '" + name + "'");
    }
  }

  @Override
  public int compareTo(Layer o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
