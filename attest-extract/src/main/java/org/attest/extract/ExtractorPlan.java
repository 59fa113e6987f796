package org.attest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Orders extractors from their declarations: a step runs after every configured step that
 * produces a layer it requires. Among steps that are ready, the one listed first goes first, so
 * the order is deterministic for a given list. A requirement that no configured step produces
 * (and the parse does not provide), or a cycle, is refused with a message that names them.
 */
public final class ExtractorPlan {

  private ExtractorPlan() {}

  /** The extractors in an order that satisfies every requirement. */
  public static List<Extractor> order(List<Extractor> extractors) {
    List<Extractor> todo = new ArrayList<>(extractors);
    Set<String> names = new LinkedHashSet<>();
    for (Extractor x : todo) {
      if (!names.add(x.name())) {
        throw new IllegalArgumentException("extractor '" + x.name() + "' is configured twice");
      }
    }
    Set<Layer> producible = new TreeSet<>();
    producible.add(Layer.PARSE);
    for (Extractor x : todo) {
      producible.addAll(x.produces());
    }
    for (Extractor x : todo) {
      for (Layer need : x.requires()) {
        if (!producible.contains(need)) {
          throw new IllegalArgumentException("extractor '" + x.name() + "' requires " + need
              + ", which no configured extractor produces (configured: " + String.join(", ", names) + ")");
        }
      }
    }
    List<Extractor> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      Extractor next = null;
      for (Extractor x : todo) {
        if (ready(x, todo)) {
          next = x;
          break;
        }
      }
      if (next == null) {
        throw new IllegalArgumentException("extractors require each other's output in a cycle: "
            + todo.stream().map(x -> x.name() + " requires " + x.requires()).collect(Collectors.joining("; ")));
      }
      out.add(next);
      todo.remove(next);
    }
    return out;
  }

  /** Ready when no other waiting step produces something it requires. */
  private static boolean ready(Extractor x, List<Extractor> waiting) {
    for (Extractor other : waiting) {
      if (other == x) {
        continue;
      }
      for (Layer need : x.requires()) {
        if (other.produces().contains(need)) {
          return false;
        }
      }
    }
    return true;
  }
}
