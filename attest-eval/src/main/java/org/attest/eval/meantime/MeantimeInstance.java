package org.attest.eval.meantime;

/**
 * An ENTITY or EVENT instance (a text-less markable that mentions REFER_TO): its descriptor, its
 * type ({@code ent_type} for entities, {@code class} for events), cross-document instance id and
 * external reference (DBpedia URI or PropBank sense), the last two null when absent.
 */
public record MeantimeInstance(
    int id, Kind kind, String descriptor, String type, String instanceId, String externalRef) {

  public enum Kind {
    ENTITY,
    EVENT
  }
}
