package org.attest.crossdoc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Ledger;
import org.attest.model.Mention;
import org.attest.model.Provenance;

/**
 * Entities across documents: the automatic rules (same proper name or alias, compatible type),
 * then the user's decisions in the order they were made, so that a manual merge or split survives
 * every recomputation.
 */
final class EntityResolution {

  /** A document-level entity, in corpus order. */
  record Member(int order, String doc, Entity entity, Set<String> joinKeys, Set<String> allKeys) {
    String key() {
      return doc + "/" + entity.id();
    }

    String nameKey() {
      return NameKey.of(entity.name());
    }
  }

  /** A growing corpus entity. */
  static final class Group {
    final int created;
    final List<Member> members = new ArrayList<>();
    final Set<String> removedAliasKeys = new LinkedHashSet<>();
    Group mergedInto;

    Group(int created) {
      this.created = created;
    }

    Group live() {
      Group g = this;
      while (g.mergedInto != null) {
        g = g.mergedInto;
      }
      return g;
    }

    int firstOrder() {
      return members.stream().mapToInt(Member::order).min().orElse(Integer.MAX_VALUE);
    }

    boolean hasKey(String key) {
      return members.stream().anyMatch(m -> m.allKeys().contains(key)) && !removedAliasKeys.contains(key)
          || members.stream().anyMatch(m -> m.nameKey().equals(key));
    }

    boolean acceptsType(EntityType t) {
      return members.stream().allMatch(m -> typesCompatible(m.entity().type(), t));
    }
  }

  /** A join step, named by members so that it can be tied to the final entity id. */
  private record Step(String anchorMember, List<String> members, String reason) {}

  static final Provenance PROVENANCE = Provenance.of("crossdoc", "1");

  private final List<Group> groups = new ArrayList<>();
  private final List<Step> steps = new ArrayList<>();
  private final Map<String, List<Group>> byKey = new HashMap<>();

  final Map<String, String> idOf = new HashMap<>();
  final List<Entity> entities = new ArrayList<>();
  final List<EntityMerge> merges = new ArrayList<>();

  static boolean typesCompatible(EntityType a, EntityType b) {
    if (a == b || a == EntityType.OTHER || b == EntityType.OTHER) {
      return true;
    }
    // A country is also a place; extractors disagree on which to call "Crimea" or "Taiwan".
    return (a == EntityType.COUNTRY && b == EntityType.LOCATION) || (a == EntityType.LOCATION && b == EntityType.COUNTRY);
  }

  private final StableIds.Assigner ids;

  EntityResolution(List<Ledger> docs, List<ManualDecision> decisions) {
    this(docs, decisions, new StableIds.Assigner(StableIds.EMPTY));
  }

  EntityResolution(List<Ledger> docs, List<ManualDecision> decisions, StableIds.Assigner ids) {
    this.ids = ids;
    int order = 0;
    for (Ledger l : docs) {
      String doc = l.documents().get(0).id();
      for (Entity e : l.entities()) {
        Set<String> join = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        boolean fullPersonName = e.type() == EntityType.PERSON && words(e.name()) >= 2;
        for (String n : names(e)) {
          String k = NameKey.of(n);
          if (k.isEmpty()) {
            continue;
          }
          all.add(k);
          // A surname alone ("Smith" for "John Smith") would join two people who share it.
          if ((NameKey.isProperName(n) || NameKey.isOwnedByName(n)) && !(fullPersonName && words(n) < 2)) {
            join.add(k);
          }
        }
        addAutomatically(new Member(order++, doc, e, join, all));
      }
    }
    joinAcronyms();
    for (ManualDecision d : decisions) {
      apply(d);
    }
    build();
  }

  private static List<String> names(Entity e) {
    List<String> n = new ArrayList<>();
    n.add(e.name());
    n.addAll(e.aliases());
    return n;
  }

  private void addAutomatically(Member m) {
    Group target = null;
    for (String key : m.joinKeys()) {
      for (Group g : byKey.getOrDefault(key, List.of())) {
        Group live = g.live();
        if (live == target || !live.acceptsType(m.entity().type()) || !placeJoinAllowed(m, live, key)) {
          continue;
        }
        if (target != null && !typesAllCompatible(target, live)) {
          continue;
        }
        String matched = live.members.get(0).key();
        String reason = reason(m, live, key);
        if (target == null) {
          target = live;
          target.members.add(m);
          steps.add(new Step(m.key(), List.of(matched, m.key()), reason));
        } else {
          absorb(target, live);
          steps.add(new Step(m.key(), List.of(m.key(), matched), reason + " (bridging two entities)"));
        }
      }
    }
    if (target == null) {
      target = new Group(groups.size());
      groups.add(target);
      target.members.add(m);
    }
    for (String key : m.joinKeys()) {
      List<Group> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(target)) {
        list.add(target);
      }
    }
  }

  static int words(String name) {
    return name == null || name.isBlank() ? 0 : name.strip().split("[\\s]+").length;
  }

  /**
   * A country and a place (COUNTRY/LOCATION) join only on a name that both call themselves by
   * ("Crimea" and "Crimea"): a capital standing for its country in one report ("Khartoum said")
   * must not pull the city of another report into the country.
   */
  private static boolean placeJoinAllowed(Member m, Group g, String key) {
    EntityType t = m.entity().type();
    boolean mixed = g.members.stream().anyMatch(x -> x.entity().type() != t && isPlaceType(x.entity().type()) && isPlaceType(t));
    if (!mixed) {
      return true;
    }
    return m.nameKey().equals(key) && g.members.stream().anyMatch(x -> x.nameKey().equals(key));
  }

  private static boolean isPlaceType(EntityType t) {
    return t == EntityType.COUNTRY || t == EntityType.LOCATION;
  }

  /** "RSF", "U.N.": two to six capitals (dots allowed), else null. */
  static String acronym(String name) {
    if (name == null) {
      return null;
    }
    String s = name.strip().replace(".", "");
    return s.matches("\\p{Lu}{2,6}") ? s : null;
  }

  /** Initials of a name of two or more capitalised content words: "Rapid Support Forces" → RSF. */
  static String initials(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    int content = 0;
    for (String w : name.strip().split("[\\s-]+")) {
      String x = w.replaceAll("^[^\\p{L}]+", "");
      if (x.isEmpty() || NameKey.isFunctionWord(x)) {
        continue;
      }
      if (!Character.isUpperCase(x.charAt(0))) {
        return null;
      }
      sb.append(x.charAt(0));
      content++;
    }
    return content >= 2 ? sb.toString() : null;
  }

  /**
   * An acronym joins the one entity whose full name it abbreviates ("UN" = "United Nations"),
   * when exactly one entity of a compatible type in the corpus has a name with those initials.
   */
  private void joinAcronyms() {
    List<Group> live = new ArrayList<>(liveGroups());
    live.sort(Comparator.comparingInt(Group::firstOrder));
    Map<String, List<Group>> byInitials = new TreeMap<>();
    for (Group g : live) {
      Set<String> seen = new LinkedHashSet<>();
      for (Member m : g.members) {
        for (String n : names(m.entity())) {
          String i = NameKey.isProperName(n) ? initials(n) : null;
          if (i != null && seen.add(i)) {
            byInitials.computeIfAbsent(i, k -> new ArrayList<>()).add(g);
          }
        }
      }
    }
    for (Group g : live) {
      if (g.mergedInto != null || g.members.isEmpty()) {
        continue;
      }
      String acr = null;
      Member from = null;
      for (Member m : g.members) {
        String a = acronym(m.entity().name());
        if (a != null) {
          acr = a;
          from = m;
          break;
        }
      }
      if (acr == null) {
        continue;
      }
      List<Group> targets = new ArrayList<>();
      for (Group t : byInitials.getOrDefault(acr, List.of())) {
        Group lt = t.live();
        if (lt != g.live() && !targets.contains(lt)) {
          targets.add(lt);
        }
      }
      if (targets.size() != 1) {
        continue; // unknown or ambiguous ("AP": Associated Press or Andhra Pradesh)
      }
      Group into = targets.get(0);
      Group self = g.live();
      if (!typesAllCompatible(into, self)) {
        continue;
      }
      Member full = null;
      for (Member m : into.members) {
        for (String n : names(m.entity())) {
          if (acr.equals(initials(n)) && NameKey.isProperName(n)) {
            full = m;
            break;
          }
        }
        if (full != null) {
          break;
        }
      }
      String fullName = full == null ? into.members.get(0).entity().name() : full.entity().name();
      Group first = into.firstOrder() <= self.firstOrder() ? into : self;
      Group second = first == into ? self : into;
      absorb(first, second);
      steps.add(new Step(from.key(), List.of(first.members.get(0).key(), from.key()),
          "acronym '" + from.entity().name() + "' = '" + fullName + "'"));
    }
  }

  private static boolean typesAllCompatible(Group a, Group b) {
    return b.members.stream().allMatch(m -> a.acceptsType(m.entity().type()));
  }

  private static String reason(Member m, Group g, String key) {
    boolean sameName = g.members.stream().anyMatch(x -> x.nameKey().equals(key)) && m.nameKey().equals(key);
    Member other = g.members.stream().filter(x -> x.joinKeys().contains(key)).findFirst().orElse(g.members.get(0));
    String types = m.entity().type() == other.entity().type()
        ? "type " + m.entity().type()
        : "compatible types " + other.entity().type() + "/" + m.entity().type();
    if (sameName) {
      return "same name '" + m.entity().name() + "', " + types;
    }
    String shown = shownName(m, key);
    return "shared name '" + shown + "' ('" + m.entity().name() + "' = '" + other.entity().name() + "'), " + types;
  }

  private static String shownName(Member m, String key) {
    return names(m.entity()).stream().filter(n -> NameKey.of(n).equals(key)).findFirst().orElse(key);
  }

  private void absorb(Group into, Group from) {
    if (into == from) {
      return;
    }
    into.members.addAll(from.members);
    into.removedAliasKeys.addAll(from.removedAliasKeys);
    from.members.clear();
    from.mergedInto = into;
  }

  private List<Group> liveGroups() {
    return groups.stream().filter(g -> g.mergedInto == null && !g.members.isEmpty()).toList();
  }

  private void apply(ManualDecision d) {
    if (d.action() == ManualDecision.Action.MERGE) {
      List<Group> found = new ArrayList<>();
      for (String name : d.names()) {
        String key = NameKey.of(name);
        for (Group g : liveGroups()) {
          if (g.hasKey(key) && !found.contains(g)) {
            found.add(g);
          }
        }
      }
      if (found.size() < 2) {
        return; // nothing (left) to merge: the decision is kept by the store, harmless here
      }
      found.sort(Comparator.comparingInt(Group::firstOrder));
      Group into = found.get(0);
      List<String> joined = new ArrayList<>();
      for (Group g : found.subList(1, found.size())) {
        joined.add(g.members.get(0).key());
        absorb(into, g);
      }
      List<String> mem = new ArrayList<>();
      mem.add(into.members.get(0).key());
      mem.addAll(joined);
      steps.add(new Step(into.members.get(0).key(), mem,
          "manual merge " + d.id() + ": " + String.join(" = ", d.names()) + note(d)));
      return;
    }
    if (d.names().size() < 2) {
      return;
    }
    String entityKey = NameKey.of(d.names().get(0));
    String aliasKey = NameKey.of(d.names().get(1));
    Group g = liveGroups().stream().filter(x -> x.hasKey(entityKey)).findFirst().orElse(null);
    if (g == null || entityKey.equals(aliasKey)) {
      return;
    }
    // Members that are the alias leave; the rest stay only if still connected to the entity's name
    // without the alias, else they become entities of their own.
    List<Member> off = new ArrayList<>();
    List<Member> rest = new ArrayList<>();
    for (Member m : g.members) {
      boolean isAlias = m.nameKey().equals(aliasKey)
          || (m.allKeys().contains(aliasKey) && !m.allKeys().contains(entityKey));
      (isAlias ? off : rest).add(m);
    }
    g.removedAliasKeys.add(aliasKey);
    if (off.isEmpty() && rest.size() == g.members.size()) {
      steps.add(new Step(g.members.get(0).key(), List.of(g.members.get(0).key()),
          "manual split " + d.id() + ": alias '" + d.names().get(1) + "' removed from '" + d.names().get(0) + "'" + note(d)));
      return;
    }
    List<List<Member>> components = components(rest, aliasKey);
    g.members.clear();
    List<Member> stay = components.stream().filter(c -> c.stream().anyMatch(m -> m.allKeys().contains(entityKey)))
        .findFirst().orElse(components.isEmpty() ? List.of() : components.get(0));
    g.members.addAll(stay);
    for (List<Member> c : components) {
      if (c != stay) {
        Group ng = new Group(groups.size());
        ng.members.addAll(c);
        groups.add(ng);
      }
    }
    if (!off.isEmpty()) {
      Group ng = new Group(groups.size());
      ng.members.addAll(off);
      ng.removedAliasKeys.add(entityKey);
      groups.add(ng);
      steps.add(new Step(off.get(0).key(), off.stream().map(Member::key).toList(),
          "manual split " + d.id() + ": '" + d.names().get(1) + "' is not '" + d.names().get(0) + "'" + note(d)));
    }
  }

  private static String note(ManualDecision d) {
    return d.note() == null || d.note().isBlank() ? "" : " (" + d.note() + ")";
  }

  /** Connected components by shared join key, ignoring one key; in member order. */
  private static List<List<Member>> components(List<Member> members, String ignoredKey) {
    int n = members.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> keys = new LinkedHashSet<>(members.get(i).joinKeys());
      keys.add(members.get(i).nameKey());
      for (String k : keys) {
        if (k.equals(ignoredKey)) {
          continue;
        }
        Integer j = first.putIfAbsent(k, i);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Member>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(members.get(i));
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private void build() {
    List<Group> live = new ArrayList<>(liveGroups());
    live.sort(Comparator.comparingInt(Group::firstOrder));
    Map<String, String> memberToId = new HashMap<>();
    List<List<String>> keys = new ArrayList<>();
    for (Group g : live) {
      g.members.sort(Comparator.comparingInt(Member::order));
      keys.add(g.members.stream().map(Member::key).toList());
    }
    List<String> assigned = ids.assign("e", keys);
    for (Group g : live) {
      String id = assigned.get(entities.size());
      for (Member m : g.members) {
        idOf.put(m.key(), id);
        memberToId.put(m.key(), id);
      }
      entities.add(entity(id, g));
    }
    for (Step s : steps) {
      String id = memberToId.get(s.anchorMember());
      List<String> members = s.members().stream().distinct().toList();
      merges.add(new EntityMerge(id, members, s.reason()));
    }
  }

  private static Entity entity(String id, Group g) {
    Map<String, Integer> nameCount = new LinkedHashMap<>();
    Map<EntityType, Integer> typeCount = new EnumMap<>(EntityType.class);
    TreeSet<String> aliases = new TreeSet<>();
    TreeSet<Mention> mentions = new TreeSet<>();
    for (Member m : g.members) {
      nameCount.merge(m.entity().name(), 1, Integer::sum);
      typeCount.merge(m.entity().type(), 1, Integer::sum);
      for (String a : names(m.entity())) {
        if (!g.removedAliasKeys.contains(NameKey.of(a))) {
          aliases.add(a);
        }
      }
      mentions.addAll(m.entity().mentions());
    }
    String name = nameCount.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElseThrow();
    // max() keeps the last of equal counts; prefer the first-seen name on ties.
    int best = nameCount.get(name);
    name = nameCount.entrySet().stream().filter(e -> e.getValue() == best).findFirst().orElseThrow().getKey();
    aliases.add(name);
    return new Entity(id, name, type(typeCount), new ArrayList<>(aliases), new ArrayList<>(mentions), PROVENANCE);
  }

  private static EntityType type(Map<EntityType, Integer> counts) {
    EntityType best = null;
    int bestCount = -1;
    for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
      if (e.getKey() == EntityType.OTHER) {
        continue;
      }
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best == null ? EntityType.OTHER : best; // enum order breaks ties: COUNTRY before LOCATION
  }
}
