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

    /** Whether the member may join: every member's type compatible with its own, or the same name. */
    boolean accepts(Member m) {
      return members.stream().allMatch(x -> compatible(x, m));
    }
  }

  /**
   * Two members may be one entity: compatible types, or one canonical name typed two ways by the
   * tagger ("INS Tabar" a PERSON in one report, an ORGANIZATION in another). One name gets one
   * type: a name of two or more words is one thing whatever it was typed; a one-word name joins
   * across types unless one side is a person ("Jordan" the country and "Jordan" a man stay apart).
   */
  static boolean compatible(Member a, Member b) {
    EntityType ta = a.entity().type();
    EntityType tb = b.entity().type();
    if (typesCompatible(ta, tb)) {
      return true;
    }
    String k = a.nameKey();
    if (k.isEmpty() || !k.equals(b.nameKey()) || !NameKey.isProperName(a.entity().name())
        || !NameKey.isProperName(b.entity().name())) {
      return false;
    }
    return words(k) >= 2 || (ta != EntityType.PERSON && tb != EntityType.PERSON);
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
    this(docs, decisions, new StableIds.Assigner(StableIds.EMPTY), Map.of());
  }

  EntityResolution(List<Ledger> docs, List<ManualDecision> decisions, StableIds.Assigner ids, Map<String, String> copyOf) {
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
    joinSurnames();
    joinDescriptionsInStories(docs, copyOf);
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
        if (live == target || !live.accepts(m) || !placeJoinAllowed(m, live, key)) {
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
    for (String w : name.strip().split("\\s+")) { // a hyphenated name is one word: "T-Mobile" has no initials
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
      String why = "acronym '" + from.entity().name() + "' = '" + fullName + "'";
      joinEarlier(into, self, from, first -> why);
    }
  }

  /**
   * A person named by one word ("Jackson" in a report that gives no first name) joins the one
   * person of the corpus whose full name ends in it ("Vincent Jackson"); when two people share the
   * surname ("John Harlow", "Jane Harlow") it joins neither, and the two stay apart.
   */
  private void joinSurnames() {
    // First the longer forms of one full name: "Charger Vincent Jackson", "Regina M. Benjamin" are
    // "Vincent Jackson", "Regina Benjamin" when only one person of the corpus is so named.
    joinPersons("full name", g -> canonicalPersonKeys(g, false), g -> true, EntityResolution::fullNameForms);
    joinPersons("surname", g -> canonicalPersonKeys(g, true).stream().map(EntityResolution::lastWord).toList(),
        EntityResolution::isBareSurname, g -> isBareSurname(g) ? List.of(g.members.get(0).nameKey()) : List.of());
  }

  /**
   * Joins each group that {@code joining} admits to the one other person group indexed under one
   * of its {@code lookup} keys; none when several are ({@code index} gives each group's index keys).
   */
  private void joinPersons(String rule, java.util.function.Function<Group, List<String>> index,
      java.util.function.Predicate<Group> joining, java.util.function.Function<Group, List<String>> lookup) {
    List<Group> live = new ArrayList<>(liveGroups());
    live.sort(Comparator.comparingInt(Group::firstOrder));
    Map<String, List<Group>> byKey = new TreeMap<>();
    for (Group g : live) {
      for (String k : new LinkedHashSet<>(index.apply(g))) {
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(g);
      }
    }
    for (Group g : live) {
      if (g.mergedInto != null || g.members.isEmpty() || !joining.test(g)) {
        continue;
      }
      for (String k : lookup.apply(g)) {
        List<Group> targets = new ArrayList<>();
        for (Group t : byKey.getOrDefault(k, List.of())) {
          Group lt = t.live();
          if (lt != g.live() && !targets.contains(lt)) {
            targets.add(lt);
          }
        }
        Group self = g.live();
        if (targets.size() != 1 || !typesAllCompatible(targets.get(0), self)) {
          continue; // no one, or two people of that name
        }
        Group into = targets.get(0);
        Member from = self.members.get(0);
        String full = into.members.stream().filter(m -> m.entity().type() == EntityType.PERSON).map(m -> m.entity().name())
            .filter(n -> words(n) >= 2).findFirst().orElse(into.members.get(0).entity().name());
        joinEarlier(into, self, from, first -> rule + " '" + from.entity().name() + "' = '" + full + "' (the one person of that name)");
        break;
      }
    }
  }

  /** The person names (canonical, two or more words) of a group's person members, as keys; initials dropped if asked. */
  private static List<String> canonicalPersonKeys(Group g, boolean withoutInitials) {
    List<String> out = new ArrayList<>();
    for (Member m : g.members) {
      String n = m.entity().name();
      if (m.entity().type() == EntityType.PERSON && NameKey.isProperName(n) && words(NameKey.of(n)) >= 2) {
        out.add(withoutInitials ? withoutInitials(NameKey.of(n)) : NameKey.of(n));
      }
    }
    return out;
  }

  /**
   * The shorter forms a full person name stands for: without its middle initials ("regina m.
   * benjamin" → "regina benjamin") and its last two or more words ("charger vincent jackson" →
   * "vincent jackson").
   */
  private static List<String> fullNameForms(Group g) {
    List<String> out = new ArrayList<>();
    for (String k : canonicalPersonKeys(g, false)) {
      String plain = withoutInitials(k);
      if (!plain.equals(k) && words(plain) >= 2) {
        out.add(plain);
      }
      String[] w = plain.split(" ");
      for (int i = 1; i + 2 <= w.length; i++) {
        out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, w.length)));
      }
    }
    return out;
  }

  /** A name key without its middle initials ("regina m. benjamin" → "regina benjamin"); first and last word kept. */
  private static String withoutInitials(String key) {
    String[] w = key.split(" ");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      boolean initial = w[i].replace(".", "").length() == 1;
      if (!initial || i == 0 || i == w.length - 1) {
        kept.add(w[i]);
      }
    }
    return String.join(" ", kept);
  }

  /** A group that is only a one-word person name ("Jackson"), never given in full. */
  private static boolean isBareSurname(Group g) {
    for (Member m : g.members) {
      EntityType t = m.entity().type();
      if (t != EntityType.PERSON && t != EntityType.OTHER || !NameKey.isProperName(m.entity().name())
          || acronym(m.entity().name()) != null) {
        return false;
      }
      if (words(NameKey.of(m.entity().name())) != 1) {
        return false; // its aliases may add a title ("President Obama"); its own name is one word
      }
    }
    return g.members.stream().anyMatch(m -> m.entity().type() == EntityType.PERSON);
  }

  private static String lastWord(String key) {
    String[] w = key.split(" ");
    return w[w.length - 1];
  }

  /** Story threshold for description joins: the mean report likeness at which reports are one story. */
  static final double DESCRIPTION_STORY_THRESHOLD = 0.04;

  /**
   * Descriptions ("the woman", "pirates", "police") never join across the whole corpus: they name
   * different things in different stories. Inside one story (reports grouped by likeness, as the
   * event clustering does: {@link DocumentContext#stories}) a description names the same thing in
   * every report: the description-only entities of one head noun in one story are one entity, and
   * join the one named entity of the story that a report called by that description ("Raj Chohan,
   * a woman of 43"); two such named entities ("the president" for two presidents) join nothing.
   */
  private void joinDescriptionsInStories(List<Ledger> docs, Map<String, String> copyOf) {
    List<Group> live = new ArrayList<>(liveGroups());
    live.sort(Comparator.comparingInt(Group::firstOrder));
    List<Entity> provisional = new ArrayList<>();
    List<org.attest.model.Event> events = new ArrayList<>();
    List<org.attest.model.TimeExpression> times = new ArrayList<>();
    for (Group g : live) {
      List<Mention> ms = new ArrayList<>();
      for (Member m : g.members) {
        ms.addAll(m.entity().mentions());
      }
      provisional.add(new Entity("g" + g.created, "", EntityType.OTHER, List.of(), ms, PROVENANCE));
    }
    for (Ledger l : docs) {
      events.addAll(l.events());
      times.addAll(l.times());
    }
    Map<String, Integer> story = DocumentContext.of(provisional, events, times, copyOf).stories(DESCRIPTION_STORY_THRESHOLD);
    // (story, head) -> description-only groups, named groups that carry the description as an alias
    Map<String, List<Group>> bare = new TreeMap<>();
    Map<String, List<Group>> named = new TreeMap<>();
    for (Group g : live) {
      boolean descriptionOnly = g.members.stream().allMatch(m -> m.joinKeys().isEmpty());
      for (Member m : g.members) {
        Integer st = story.get(m.doc());
        if (st == null) {
          continue;
        }
        if (descriptionOnly) {
          String h = NameKey.descriptionHead(m.entity().name());
          if (h != null) {
            addOnce(bare, st + "/" + h, g);
          }
        } else {
          for (String a : m.entity().aliases()) {
            String h = NameKey.isProperName(a) || NameKey.isOwnedByName(a) ? null : NameKey.descriptionHead(a);
            if (h != null) {
              addOnce(named, st + "/" + h, g);
            }
          }
        }
      }
    }
    for (var e : bare.entrySet()) {
      List<Group> owners = new ArrayList<>();
      for (Group n : named.getOrDefault(e.getKey(), List.of())) {
        if (!owners.contains(n.live())) {
          owners.add(n.live());
        }
      }
      if (owners.size() > 1) {
        continue; // "the president" of two named people: which one is unknown
      }
      String head = e.getKey().substring(e.getKey().indexOf('/') + 1);
      Group into = owners.isEmpty() ? null : owners.get(0);
      for (Group g : e.getValue()) {
        Group self = g.live();
        if (into == null) {
          into = self;
          continue;
        }
        if (self == into || !typesAllCompatible(into, self) && owners.isEmpty() || !sameAffiliation(into, self)) {
          continue;
        }
        Member from = self.members.get(0);
        into = joinEarlier(into, self, from,
            first -> "description '" + head + "' in one story (" + from.entity().name() + " = " + first.members.get(0).entity().name() + ")");
      }
    }
  }

  /** No two members act for different countries ("the army" of Sudan and "the army" of Chad). */
  private static boolean sameAffiliation(Group a, Group b) {
    Set<String> countries = new TreeSet<>();
    for (Group g : List.of(a, b)) {
      for (Member m : g.members) {
        Entity.Affiliation af = m.entity().affiliation();
        if (af != null && af.country() != null) {
          countries.add(af.country());
        }
      }
    }
    return countries.size() <= 1;
  }

  private static void addOnce(Map<String, List<Group>> map, String key, Group g) {
    List<Group> l = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!l.contains(g)) {
      l.add(g);
    }
  }

  private static boolean typesAllCompatible(Group a, Group b) {
    return b.members.stream().allMatch(a::accepts);
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

  /**
   * Joins two groups into the one formed first (its id is the older) and records the step in the
   * name of {@code from}, the member that made the join; {@code reason} is given the survivor.
   * Returns the survivor.
   */
  private Group joinEarlier(Group a, Group b, Member from, java.util.function.Function<Group, String> reason) {
    Group first = a.firstOrder() <= b.firstOrder() ? a : b;
    String why = reason.apply(first);
    absorb(first, first == a ? b : a);
    steps.add(new Step(from.key(), List.of(first.members.get(0).key(), from.key()), why));
    return first;
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
    // Whom it acts for ("the army" of Sudan), as its reports recorded it: the first member's that says.
    Entity.Affiliation affiliation = g.members.stream().map(m -> m.entity().affiliation()).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
    return new Entity(id, name, type(typeCount), new ArrayList<>(aliases), new ArrayList<>(mentions), PROVENANCE, affiliation);
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
