package org.attest.extract;

import java.util.List;
import java.util.Set;
import org.attest.model.Provenance;

/**
 * One step of document-level extraction. Subclasses declare what they {@link #requires()} and
 * {@link #produces()} (the pipeline orders steps from these declarations and refuses a
 * configuration whose requirements are unmet), the learned {@link #models()} they need, and
 * implement {@link #extract}; the final {@link #run} is the public entry point. An extractor
 * reads what earlier steps put into the {@link ExtractionContext} — and the lexicons, models and
 * settings of the configuration through it — and adds its own items, each carrying
 * {@link #provenance(ExtractionContext)}. Instances are stateless and thread-safe; they are found
 * through {@link java.util.ServiceLoader} (see {@link Extractors}), so they need a public no-arg
 * constructor.
 */
public abstract class Extractor {

  private final String name;
  private final String version;

  /** An extractor versioned with the Attest release it ships in. */
  protected Extractor(String name) {
    this(name, AttestVersion.get());
  }

  protected Extractor(String name, String version) {
    this.name = name;
    this.version = version;
  }

  public final String name() {
    return name;
  }

  public final String version() {
    return version;
  }

  /** The layers that must exist before this step runs; {@link Layer#PARSE} always does. */
  public abstract Set<Layer> requires();

  /** The layers this step adds to. */
  public abstract Set<Layer> produces();

  /** Names of the learned models this step reads from the configuration's {@code Models}. */
  public List<String> models() {
    return List.of();
  }

  /**
   * The provenance of this step's items in a run: name, version and the hash of the lexicons,
   * models and settings the configuration gives it.
   */
  protected final Provenance provenance(ExtractionContext ctx) {
    return ctx.provenanceOf(this);
  }

  /** Runs this step on the context. */
  public final void run(ExtractionContext ctx) {
    extract(ctx);
  }

  /** Adds this step's items to the context. */
  protected abstract void extract(ExtractionContext ctx);

  @Override
  public String toString() {
    return name + "@" + version;
  }
}
