package org.attest.extract;

import org.attest.model.Provenance;

/**
 * One step of document-level extraction. Subclasses implement {@link #extract}; the final
 * {@link #run} is the public entry point so that every step is invoked the same way. An extractor
 * reads what earlier steps put into the {@link ExtractionContext} and adds its own items, each
 * carrying this extractor's {@link #provenance()}. Instances are stateless and thread-safe.
 */
public abstract class Extractor {

  private final Provenance provenance;

  protected Extractor(String name, String version) {
    this.provenance = Provenance.of(name, version);
  }

  public final String name() {
    return provenance.name();
  }

  public final Provenance provenance() {
    return provenance;
  }

  /** Runs this step on the context. */
  public final void run(ExtractionContext ctx) {
    extract(ctx);
  }

  /** Adds this step's items to the context. */
  protected abstract void extract(ExtractionContext ctx);

  @Override
  public String toString() {
    return provenance.toString();
  }
}
