package org.attest.crossdoc;

import org.attest.model.TimexInterval;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Modality;
import org.attest.model.Polarity;

/**
 * Groups event mentions of different documents into real-world events. Complete link: an event
 * joins a cluster only if it is compatible with every member, and a cluster holds at most one
 * event per document (the document-level extractor already resolved mentions inside a document).
 * Conservative by design: a missed join costs a corroboration; a false join invents a conflict.
 */
final class EventClustering {

  private final Map<String, String> timeValue;
  private final Map<String, String> entityName;
  final List<EventCluster> clusters = new ArrayList<>();
  final Map<String, String> clusterOf = new java.util.HashMap<>();

  private final List<List<Event>> members = new ArrayList<>();
  private final List<List<String>> evidence = new ArrayList<>();

  EventClustering(List<Event> events, Map<String, String> timeValue, Map<String, String> entityName) {
    this.timeValue = timeValue;
    this.entityName = entityName;
    for (Event e : events) {
      add(e);
    }
    for (int i = 0; i < members.size(); i++) {
      List<Event> m = members.get(i);
      String id = "c" + (i + 1);
      Set<String> actors = new LinkedHashSet<>();
      for (Event e : m) {
        actors.addAll(e.actor());
        clusterOf.put(e.id(), id);
      }
      clusters.add(new EventCluster(id, m.stream().map(Event::id).toList(), m.get(0).type(),
          new ArrayList<>(actors), clusterTime(m), evidence.get(i)));
    }
  }

  private void add(Event e) {
    for (int i = 0; i < members.size(); i++) {
      List<Event> cluster = members.get(i);
      if (cluster.stream().anyMatch(x -> x.doc().equals(e.doc()))) {
        continue;
      }
      // Complete link: compatible with every member; the evidence shown is against the first.
      String why = joinEvidence(cluster.get(0), e);
      for (int j = 1; j < cluster.size() && why != null; j++) {
        if (joinEvidence(cluster.get(j), e) == null) {
          why = null;
        }
      }
      if (why != null) {
        cluster.add(e);
        evidence.get(i).add(e.id() + " (" + e.doc() + ") joined " + cluster.get(0).id() + " (" + cluster.get(0).doc() + "): " + why);
        return;
      }
    }
    List<Event> fresh = new ArrayList<>();
    fresh.add(e);
    members.add(fresh);
    evidence.add(new ArrayList<>());
  }

  /** ACTUAL and NEGATED talk about the same fact (one affirms, one negates); PLANNED and POSSIBLE do not. */
  static String factuality(Event e) {
    Modality m = e.modality() == null ? Modality.ACTUAL : e.modality();
    return m == Modality.NEGATED ? "ACTUAL" : m.name();
  }

  static boolean negated(Event e) {
    return e.modality() == Modality.NEGATED || e.polarity() == Polarity.NEGATIVE;
  }

  static boolean actual(Event e) {
    return (e.modality() == null || e.modality() == Modality.ACTUAL) && e.polarity() != Polarity.NEGATIVE;
  }

  String time(Event e) {
    return e.time() == null ? null : timeValue.get(e.time());
  }

  /** Why two events of different documents are one real-world event, or null if they may not be. */
  String joinEvidence(Event a, Event b) {
    if (!factuality(a).equals(factuality(b))) {
      return null;
    }
    List<String> why = new ArrayList<>();
    boolean sameType = a.type() == b.type();
    if (sameType) {
      if (a.type() == EventType.OTHER) {
        if (a.predicate() == null || !a.predicate().equalsIgnoreCase(Objects.toString(b.predicate(), ""))) {
          return null;
        }
        why.add("same predicate '" + a.predicate() + "'");
      } else {
        why.add("same type " + a.type());
      }
    } else if (a.type() != EventType.OTHER && b.type() != EventType.OTHER
        && a.type().quadClass() == b.type().quadClass()) {
      why.add("related types " + a.type() + "/" + b.type() + " (" + a.type().quadClass() + ")");
    } else {
      return null;
    }
    Set<String> shared = new LinkedHashSet<>(a.actor());
    shared.retainAll(b.actor());
    boolean sharedActor = !shared.isEmpty();
    if (!a.actor().isEmpty() && !b.actor().isEmpty() && !sharedActor) {
      return null;
    }
    if (a.target() != null && b.target() != null && !a.target().equals(b.target())) {
      return null;
    }
    boolean sharedTarget = a.target() != null && a.target().equals(b.target());
    if (!sharedActor && !sharedTarget) {
      return null; // no common participant: too little to call them one event
    }
    if (sharedActor) {
      why.add("shared actor " + names(shared));
    }
    if (sharedTarget) {
      why.add("same target " + name(a.target()));
    }
    if (a.location() != null && b.location() != null && !a.location().equals(b.location())) {
      return null;
    }
    boolean samePlace = a.location() != null && a.location().equals(b.location());
    if (samePlace) {
      why.add("same place " + name(a.location()));
    }
    if (!sameType && !(sharedActor && (sharedTarget || samePlace))) {
      return null; // related but different types need more participants in common
    }
    String ua = QuantityRange.unitKey(a.quantity()), ub = QuantityRange.unitKey(b.quantity());
    if (ua != null && ub != null && !ua.equals(ub)) {
      return null; // they count different things (two tankers seized, 30 crew members detained)
    }
    String ta = time(a);
    String tb = time(b);
    boolean timesKnown = TimexInterval.parse(ta) != null && TimexInterval.parse(tb) != null;
    boolean timesAgree = TimexInterval.compatible(ta, tb);
    boolean quantitiesConflict = QuantityRange.conflicting(a.quantity(), b.quantity());
    boolean quantitiesAgree = QuantityRange.agreeing(a.quantity(), b.quantity());
    boolean anchored = sameType && sharedActor && (sharedTarget || samePlace);
    if (!timesAgree) {
      // Different dates join only when everything else pins one event (then it is a DATE_CONFLICT).
      if (!(anchored && quantitiesAgree)) {
        return null;
      }
      why.add("same quantity (" + a.quantity().text() + " / " + b.quantity().text() + ") despite times " + ta + " / " + tb);
    } else if (timesKnown) {
      why.add("times " + ta + " / " + tb + " compatible");
    } else {
      why.add("time unknown on one side");
    }
    if (quantitiesConflict) {
      // Different numbers join only for one pinned, dated event (then it is a QUANTITY_CONFLICT).
      if (!(anchored && timesKnown && timesAgree)) {
        return null;
      }
      why.add("different quantities (" + a.quantity().text() + " / " + b.quantity().text() + ")");
    } else if (quantitiesAgree && timesAgree) {
      why.add("same quantity");
    }
    return String.join("; ", why);
  }

  private String name(String id) {
    String n = entityName.get(id);
    return n == null ? id : id + " '" + n + "'";
  }

  private String names(Set<String> ids) {
    return String.join(", ", ids.stream().map(this::name).toList());
  }

  /** The most precise member time compatible with every other member time, else the first's. */
  private String clusterTime(List<Event> m) {
    String best = null;
    TimexInterval bestRange = null;
    for (Event e : m) {
      String t = time(e);
      TimexInterval r = TimexInterval.parse(t);
      if (r == null) {
        continue;
      }
      boolean agreesWithAll = m.stream().allMatch(x -> TimexInterval.compatible(t, time(x)));
      if (agreesWithAll && (bestRange == null || r.days() < bestRange.days())) {
        best = t;
        bestRange = r;
      }
    }
    if (best != null) {
      return best;
    }
    return m.stream().map(this::time).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
