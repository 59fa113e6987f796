package org.attest.crossdoc;

import org.attest.model.TimexInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.StatementTime;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.FindingKind;
import org.attest.model.Provenance;

/**
 * Corroboration per event cluster and the cross-document findings. Independence: a relayed claim
 * counts at the end of its relay chain; a syndicated copy speaks with its original's voice; an
 * outlet's own voice is the outlet. Findings that a single document already shows are left to
 * the document-level extractor: each cross-document finding rests on at least two documents.
 */
final class CrossFindings {

  /**
   * Cross-document findings rest on the event clusters: their provenance's config is the event-pair
   * model's hash (its first 16 hex digits) when the learned model scored the pairs.
   */
  private final Provenance provenance;

  /** What one attribution says about its cluster, after relays and negation are taken into account. */
  private enum Side {
    FOR,
    AGAINST
  }

  private record Statement(Attribution attribution, String origin, Side side, LocalDate date, String dateText,
      StatementTime time) {}

  final List<Corroboration> corroboration = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();

  private final Map<String, DocumentInfo> docs = new HashMap<>();
  private final Map<String, String> copyOf;
  private final Map<String, Attribution> attributionById = new HashMap<>();
  private final Map<String, Event> eventById = new HashMap<>();
  private final Map<String, String> timeValue;
  private final Map<String, String> entityByNameKey = new HashMap<>();
  private final Map<String, String> entityName = new HashMap<>();
  private int nextFinding;

  CrossFindings(List<DocumentInfo> infos, Map<String, String> copyOf, List<Entity> entities, List<Event> events,
      List<Attribution> attributions, Map<String, String> timeValue, EventClustering clustering, int findingsSoFar) {
    this.copyOf = copyOf;
    this.timeValue = timeValue;
    this.nextFinding = findingsSoFar;
    EventPairModel model = clustering.model();
    this.provenance = Provenance.of("crossdoc", "1", model == null ? null : model.sha256().substring(0, 16));
    for (DocumentInfo d : infos) {
      docs.put(d.id(), d);
    }
    for (Entity e : entities) {
      entityName.put(e.id(), e.name());
      for (String n : e.aliases()) {
        entityByNameKey.putIfAbsent(NameKey.of(n), e.id());
      }
      entityByNameKey.put(NameKey.of(e.name()), e.id());
    }
    for (Event e : events) {
      eventById.put(e.id(), e);
    }
    Map<String, List<Attribution>> byEvent = new HashMap<>();
    for (Attribution a : attributions) {
      attributionById.put(a.id(), a);
      if (a.event() != null) {
        byEvent.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a);
      }
    }
    for (EventCluster c : clustering.clusters) {
      List<Statement> statements = new ArrayList<>();
      for (String ev : c.events()) {
        for (Attribution a : byEvent.getOrDefault(ev, List.of())) {
          Side side = side(a, eventById.get(ev));
          if (side != null) {
            statements.add(statement(a, side));
          }
        }
      }
      cluster(c, statements, clustering);
    }
  }

  private Statement statement(Attribution a, Side side) {
    // when the statement was made: stated, else the publication date marked as inferred
    DocumentInfo d = docs.get(a.doc());
    StatementTime st = StatementTime.of(a, timeValue::get, d == null ? null : d.published());
    TimexInterval r = st == null ? null : TimexInterval.parse(st.value());
    return new Statement(a, origin(a), side, r == null ? null : r.start(), st == null ? null : st.inferred() ? st.value() + ", publication date" : st.value(), st);
  }

  /** Supports or opposes; a supporting stance on a negated event ("said it did not happen") opposes. */
  private static Side side(Attribution a, Event e) {
    if (a.stance() == null) {
      return null;
    }
    boolean negated = e != null && EventClustering.negated(e);
    if (a.stance().supports()) {
      return negated ? Side.AGAINST : Side.FOR;
    }
    if (a.stance().opposes()) {
      return negated ? null : Side.AGAINST; // denying a denial: too murky to count either way
    }
    return null;
  }

  /** The independent source behind an attribution: the end of its relay chain, as a source key. */
  String origin(Attribution a) {
    List<Attribution> chain = Voices.chain(a, attributionById);
    Attribution o = chain.get(chain.size() - 1);
    if (!o.isAuthor()) {
      return o.source();
    }
    String doc = copyRoot(o.doc());
    DocumentInfo d = docs.get(doc);
    String outlet = d == null ? null : d.outlet();
    if (outlet != null && !outlet.isBlank()) {
      String entity = entityByNameKey.get(NameKey.of(outlet));
      return entity != null ? entity : Corroboration.OUTLET_PREFIX + outlet.strip();
    }
    return Corroboration.AUTHOR_PREFIX + doc;
  }

  private String copyRoot(String doc) {
    String d = doc;
    Set<String> seen = new HashSet<>();
    while (copyOf.containsKey(d) && seen.add(d)) {
      d = copyOf.get(d);
    }
    return d;
  }

  private String name(String key) {
    if (key.startsWith(Corroboration.OUTLET_PREFIX)) {
      return key.substring(Corroboration.OUTLET_PREFIX.length());
    }
    if (key.startsWith(Corroboration.AUTHOR_PREFIX)) {
      return "the author of " + key.substring(Corroboration.AUTHOR_PREFIX.length());
    }
    return entityName.getOrDefault(key, key);
  }

  private String what(EventCluster c) {
    Event rep = eventById.get(c.events().get(0));
    String s = rep.summary() != null ? rep.summary() : rep.trigger();
    return c.id() + " '" + s + "'";
  }

  private void cluster(EventCluster c, List<Statement> statements, EventClustering clustering) {
    Map<String, List<Statement>> byOrigin = new LinkedHashMap<>();
    Set<String> forSources = new LinkedHashSet<>();
    Set<String> againstSources = new LinkedHashSet<>();
    List<String> counted = new ArrayList<>();
    for (Statement s : statements) {
      byOrigin.computeIfAbsent(s.origin(), k -> new ArrayList<>()).add(s);
      if (s.side() == Side.FOR) {
        forSources.add(s.origin());
      } else {
        againstSources.add(s.origin());
      }
      counted.add(s.attribution().id());
    }
    corroboration.add(new Corroboration(c.id(), new ArrayList<>(forSources), new ArrayList<>(againstSources), counted));

    stanceReversals(c, byOrigin);
    contradiction(c, statements);
    dateConflict(c, clustering);
    quantityConflict(c);
    if (forSources.size() >= 2) {
      List<String> items = statements.stream().filter(s -> s.side() == Side.FOR).map(s -> s.attribution().id()).toList();
      long documents = statements.stream().filter(s -> s.side() == Side.FOR).map(s -> s.attribution().doc()).distinct().count();
      add(FindingKind.CORROBORATION, items, forSources.size() + " independent sources support " + what(c) + ": "
          + String.join(", ", forSources.stream().map(this::name).toList()) + " (" + items.size() + " attributions in "
          + documents + " documents; copies and relays counted once)");
    }
  }

  private void stanceReversals(EventCluster c, Map<String, List<Statement>> byOrigin) {
    for (Map.Entry<String, List<Statement>> e : byOrigin.entrySet()) {
      List<Statement> dated = new ArrayList<>(e.getValue().stream().filter(s -> s.date() != null).toList());
      dated.sort(Comparator.comparing(Statement::date)); // stable: corpus order breaks ties
      for (int i = 1; i < dated.size(); i++) {
        Statement before = dated.get(i - 1);
        Statement after = dated.get(i);
        // across documents a publication date stands for its statement (a report carries recent
        // statements); within one document it is only an upper bound (see StatementTime.order)
        if (before.side() != after.side() && before.date().isBefore(after.date())
            && !before.attribution().doc().equals(after.attribution().doc())) {
          add(FindingKind.STANCE_REVERSAL, List.of(before.attribution().id(), after.attribution().id()),
              name(e.getKey()) + " " + verb(before) + " " + what(c) + " (" + before.attribution().doc() + ", "
                  + before.dateText() + "), then " + verb(after) + " it (" + after.attribution().doc() + ", "
                  + after.dateText() + "); ordered by when the statements were made");
        }
      }
    }
  }

  private static String verb(Statement s) {
    return switch (s.attribution().stance()) {
      case ASSERT -> s.side() == Side.FOR ? "asserted" : "asserted the opposite of";
      case REPORT -> s.side() == Side.FOR ? "reported" : "reported the opposite of";
      case CONFIRM -> s.side() == Side.FOR ? "confirmed" : "denied";
      case ACKNOWLEDGE -> s.side() == Side.FOR ? "acknowledged" : "denied";
      case DENY -> "denied";
      case DOUBT -> "doubted";
      case PLAN -> "planned";
    };
  }

  private void contradiction(EventCluster c, List<Statement> statements) {
    Set<String> items = new LinkedHashSet<>();
    Set<String> pro = new LinkedHashSet<>();
    Set<String> con = new LinkedHashSet<>();
    for (Statement f : statements) {
      if (f.side() != Side.FOR) {
        continue;
      }
      for (Statement a : statements) {
        if (a.side() == Side.AGAINST && !a.origin().equals(f.origin())
            && !a.attribution().doc().equals(f.attribution().doc())) {
          items.add(f.attribution().id());
          items.add(a.attribution().id());
          pro.add(f.origin());
          con.add(a.origin());
        }
      }
    }
    if (!items.isEmpty()) {
      List<String> ordered = statements.stream().map(s -> s.attribution().id()).filter(items::contains).distinct().toList();
      add(FindingKind.CONTRADICTION, ordered, String.join(", ", pro.stream().map(this::name).toList()) + " "
          + (pro.size() == 1 ? "supports " : "support ") + what(c) + "; " + String.join(", ", con.stream().map(this::name).toList())
          + " " + (con.size() == 1 ? "denies or doubts" : "deny or doubt") + " it");
    }
  }

  private void dateConflict(EventCluster c, EventClustering clustering) {
    List<Event> members = c.events().stream().map(eventById::get).toList();
    Set<String> items = new LinkedHashSet<>();
    for (Event a : members) {
      for (Event b : members) {
        if (a != b && TimexInterval.conflicting(clustering.time(a), clustering.time(b))) {
          items.add(a.id());
        }
      }
    }
    if (!items.isEmpty()) {
      List<String> parts = members.stream().filter(e -> items.contains(e.id()))
          .map(e -> e.doc() + " dates it " + clustering.time(e) + " (" + e.id() + ")").toList();
      add(FindingKind.DATE_CONFLICT, new ArrayList<>(items), "Reports of " + what(c) + " disagree on its date: "
          + String.join("; ", parts));
    }
  }

  private void quantityConflict(EventCluster c) {
    List<Event> members = c.events().stream().map(eventById::get).filter(EventClustering::actual)
        .filter(e -> e.quantity() != null).toList();
    Set<String> items = new LinkedHashSet<>();
    for (Event a : members) {
      for (Event b : members) {
        if (a != b && QuantityRange.conflicting(a.quantity(), b.quantity())) {
          items.add(a.id());
        }
      }
    }
    if (!items.isEmpty()) {
      List<String> parts = members.stream().filter(e -> items.contains(e.id()))
          .map(e -> e.doc() + " says " + e.quantity().text() + " " + e.quantity().unit() + " (" + e.id() + ")").toList();
      add(FindingKind.QUANTITY_CONFLICT, new ArrayList<>(items), "Reports of " + what(c) + " disagree on how many: "
          + String.join("; ", parts));
    }
  }

  private void add(FindingKind kind, List<String> items, String explanation) {
    findings.add(new Finding("f" + (++nextFinding), kind, items, explanation, provenance));
  }
}
