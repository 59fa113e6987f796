package org.attest.eval.meantime;

import java.util.List;

/**
 * A relation between markables: {@code kind} is the element name (REFERS_TO, HAS_PARTICIPANT,
 * TLINK, SLINK, GLINK, CLINK); {@code label} is the HAS_PARTICIPANT {@code sem_role} or the TLINK
 * {@code reltype}, else null.
 */
public record MeantimeLink(String kind, int id, List<Integer> sourceIds, int targetId, String label) {

  public MeantimeLink {
    sourceIds = List.copyOf(sourceIds);
  }
}
