package org.attest.crossdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ids handed out so far, so that an entity, an event and an event cluster keep their id from
 * one resolution of the corpus to the next (new documents, manual decisions). One mechanism for
 * the three kinds: each item is known by its members — a document entity, a document event, the
 * document events of a cluster, each as {@code docId/localId} — and {@code members} records which
 * id each member was part of last time. {@code next} is the next free number per id prefix
 * ({@code e}, {@code v}, {@code c}); numbers are never reused, so an id that was merged away or
 * split off cannot come to name something else.
 *
 * @param members {@code KIND|docId/localId} → id, KIND being {@code e}, {@code v} or {@code c}
 * @param next id prefix → the next number to hand out
 */
public record StableIds(Map<String, String> members, Map<String, Integer> next) {

  public static final StableIds EMPTY = new StableIds(Map.of(), Map.of());

  public StableIds {
    members = members == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(members));
    next = next == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(next));
  }

  /**
   * What became of an id that no longer names the same item: {@code MERGED} into {@code into}
   * (one id, the survivor), {@code SPLIT} (the id stays with the largest part, {@code into} lists
   * the ids of the parts, its own first), {@code GONE} (none of its members is in the corpus).
   */
  public record Change(String id, Kind kind, List<String> into, String note) {
    public enum Kind {
      MERGED,
      SPLIT,
      GONE
    }

    public Change {
      into = into == null ? List.of() : List.copyOf(into);
    }
  }

  /** Assigns ids over one resolution: call {@link #assign} once per kind, then {@link #result}. */
  static final class Assigner {
    private final StableIds previous;
    private final Map<String, String> members = new TreeMap<>();
    private final Map<String, Integer> next = new TreeMap<>();
    final List<Change> changes = new ArrayList<>();

    Assigner(StableIds previous) {
      this.previous = previous == null ? EMPTY : previous;
      next.putAll(this.previous.next());
    }

    StableIds result() {
      return new StableIds(members, next);
    }

    /**
     * Ids for groups (each a list of member keys {@code docId/localId}), in the groups' order. A
     * group keeps the previous id most of its members had, unless another group has more of that
     * id's members (then it is a part split off); several previous ids in one group are a merge:
     * the id with the most members survives (ties: the lower number). A group with no previous id
     * gets the next number. With no previous ids, groups are numbered 1, 2, 3 … in order.
     */
    List<String> assign(String prefix, List<List<String>> groups) {
      int n = groups.size();
      // old id → (group index → members of that group that had it)
      Map<String, Map<Integer, Integer>> spread = new TreeMap<>(NaturalOrder.INSTANCE);
      for (int g = 0; g < n; g++) {
        for (String m : groups.get(g)) {
          String old = previous.members().get(prefix + "|" + m);
          if (old != null) {
            spread.computeIfAbsent(old, k -> new TreeMap<>()).merge(g, 1, Integer::sum);
          }
        }
      }
      // Each old id goes to the group holding most of its members (ties: the earlier group).
      Map<String, Integer> home = new TreeMap<>(NaturalOrder.INSTANCE);
      for (var e : spread.entrySet()) {
        int best = -1;
        int bestCount = 0;
        for (var g : e.getValue().entrySet()) {
          if (g.getValue() > bestCount) {
            best = g.getKey();
            bestCount = g.getValue();
          }
        }
        home.put(e.getKey(), best);
      }
      String[] ids = new String[n];
      for (int g = 0; g < n; g++) {
        String keep = null;
        int keepCount = 0;
        for (var e : home.entrySet()) {
          if (e.getValue() == g) {
            int c = spread.get(e.getKey()).get(g);
            if (keep == null || c > keepCount) {
              keep = e.getKey();
              keepCount = c;
            }
          }
        }
        ids[g] = keep;
      }
      int counter = Math.max(next.getOrDefault(prefix, 1), 1);
      for (String id : previous.members().values()) {
        if (id.startsWith(prefix) && id.substring(prefix.length()).matches("\\d{1,9}")) {
          counter = Math.max(counter, Integer.parseInt(id.substring(prefix.length())) + 1);
        }
      }
      for (int g = 0; g < n; g++) {
        if (ids[g] == null) {
          ids[g] = prefix + counter++;
        }
      }
      next.put(prefix, counter);
      // What became of the old ids that no longer name one whole group.
      for (var e : spread.entrySet()) {
        String old = e.getKey();
        int g = home.get(old);
        if (!ids[g].equals(old)) {
          changes.add(new Change(old, Change.Kind.MERGED, List.of(ids[g]), "merged into " + ids[g]));
        } else if (e.getValue().size() > 1) {
          List<String> parts = new ArrayList<>();
          parts.add(old);
          for (int other : e.getValue().keySet()) {
            if (other != g && !parts.contains(ids[other])) {
              parts.add(ids[other]);
            }
          }
          changes.add(new Change(old, Change.Kind.SPLIT, parts, "split: " + String.join(", ", parts)));
        }
      }
      java.util.Set<String> seenOld = spread.keySet();
      java.util.Set<String> previousIds = new java.util.TreeSet<>(NaturalOrder.INSTANCE);
      for (var e : previous.members().entrySet()) {
        if (e.getKey().startsWith(prefix + "|")) {
          previousIds.add(e.getValue());
        }
      }
      for (String old : previousIds) {
        if (!seenOld.contains(old)) {
          changes.add(new Change(old, Change.Kind.GONE, List.of(), "no longer in the corpus"));
        }
      }
      for (int g = 0; g < n; g++) {
        for (String m : groups.get(g)) {
          members.put(prefix + "|" + m, ids[g]);
        }
      }
      return List.of(ids);
    }
  }
}
