package org.attest.eval.gold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attest.eval.gold.GoldFile.GoldAttribution;
import org.attest.eval.gold.GoldFile.GoldEvent;
import org.attest.eval.gold.GoldFile.GoldFinding;
import org.attest.eval.gold.GoldFile.GoldQuantity;
import org.attest.eval.gold.GoldFile.GoldQuote;
import org.attest.eval.gold.GoldFile.GoldTime;
import org.attest.eval.gold.GoldReport.Item;
import org.attest.eval.gold.GoldReport.Section;
import org.attest.eval.gold.GoldReport.Slot;
import org.attest.model.Attribution;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.Ledger;
import org.attest.model.Quantity;
import org.attest.model.Quote;
import org.attest.model.Span;
import org.attest.model.TimeExpression;

/**
 * Scores a one-document ledger against a gold file by the rules in its {@code about} field (see
 * {@code docs/evaluation.md}). Each gold item is located by its {@code in} snippet; a snippet not
 * found in the text fails its item with that reason.
 */
public final class GoldScorer {

  private final GoldFile gold;
  private final Ledger ledger;
  private final TextLocator locator;
  private final EntityTable entities;
  private final Map<String, TimeExpression> timesById = new HashMap<>();
  private final Map<String, Attribution> attributionsById = new HashMap<>();
  /** Gold event id → ledger events that fully match it (in ledger order). */
  private final Map<String, List<String>> eventMatches = new LinkedHashMap<>();
  /** Gold event id → its located snippet. */
  private final Map<String, Span> eventSnippets = new HashMap<>();
  /** Gold attribution id → ledger attributions that fully match it. */
  private final Map<String, List<String>> attributionMatches = new LinkedHashMap<>();
  private int slotsPassed;
  private int slotsTotal;

  private GoldScorer(GoldFile gold, Ledger ledger, String text) {
    this.gold = gold;
    this.ledger = ledger;
    this.locator = new TextLocator(text);
    this.entities = new EntityTable(gold.entities(), ledger);
    ledger.times().forEach(t -> timesById.put(t.id(), t));
    ledger.attributions().forEach(a -> attributionsById.put(a.id(), a));
  }

  /** Scores {@code ledger}, extracted from {@code text}, against {@code gold}. */
  public static GoldReport score(GoldFile gold, Ledger ledger, String text) {
    return new GoldScorer(gold, ledger, text).run();
  }

  private GoldReport run() {
    List<Section> sections = new ArrayList<>();
    sections.add(section("times", gold.times().stream().map(this::scoreTime).toList()));
    sections.add(section("events", gold.events().stream().map(this::scoreEvent).toList()));
    sections.add(section("attributions", gold.attributions().stream().map(this::scoreAttribution).toList()));
    sections.add(section("quotes", gold.quotes().stream().map(this::scoreQuote).toList()));
    sections.add(section("findings", gold.findings().stream().map(this::scoreFinding).toList()));
    String doc = ledger.documents().isEmpty() ? String.valueOf(gold.document()) : describeDoc();
    return new GoldReport(doc, sections, new GoldReport.Slots(slotsPassed, slotsTotal));
  }

  private String describeDoc() {
    var d = ledger.documents().get(0);
    String name = d.path() != null ? d.path() : d.id();
    return d.published() == null ? name : name + " (published " + d.published() + ")";
  }

  private static Section section(String name, List<Item> items) {
    int passed = (int) items.stream().filter(Item::passed).count();
    int total = (int) items.stream().filter(i -> !i.status().equals("info")).count();
    return new Section(name, passed, total, items);
  }

  private static Item item(String id, String goldText, boolean ok, String found, List<Slot> slots) {
    return new Item(id, goldText, ok ? "pass" : "fail", found, slots);
  }

  // ---------------------------------------------------------------- times

  private Item scoreTime(GoldTime t) {
    String goldText = "\"" + (t.text() != null ? t.text() : t.in()) + "\" = " + t.value();
    Optional<Span> snippet = locator.locate(t.in());
    if (snippet.isEmpty()) {
      return item(t.id(), goldText, false, notFound(t.in()), List.of());
    }
    List<TimeExpression> overlapping = ledger.times().stream().filter(x -> x.span().overlaps(snippet.get())).toList();
    for (TimeExpression x : overlapping) {
      if (t.value().equals(x.value())) {
        return item(t.id(), goldText, true, describe(x), List.of());
      }
    }
    String found = overlapping.isEmpty() ? "no time in the snippet"
        : "only " + String.join(", ", overlapping.stream().map(this::describe).toList());
    return item(t.id(), goldText, false, found, List.of());
  }

  private String describe(TimeExpression x) {
    return x.id() + " \"" + x.text() + "\" = " + x.value() + (x.mod() != null ? " mod " + x.mod() : "");
  }

  private String timeValue(String timeId) {
    TimeExpression x = timeId == null ? null : timesById.get(timeId);
    return x == null ? null : x.value();
  }

  // ---------------------------------------------------------------- events

  private Item scoreEvent(GoldEvent g) {
    String goldText = String.join("|", g.types()) + " actor " + (g.actorIsList() ? g.actor() : String.join("", g.actor()))
        + (g.time() != null ? " time " + g.time() : "") + "  \"" + g.in() + "\"";
    Optional<Span> snippet = locator.locate(g.in());
    if (snippet.isEmpty()) {
      eventMatches.put(g.id(), List.of());
      return item(g.id(), goldText, false, notFound(g.in()), slotsFor(g, null));
    }
    eventSnippets.put(g.id(), snippet.get());
    List<Event> candidates = ledger.events().stream().filter(e -> e.mentionSpans().stream().anyMatch(x -> x.overlaps(snippet.get()))).toList();
    List<String> full = new ArrayList<>();
    Event best = null;
    int bestScore = -1;
    for (Event e : candidates) {
      int score = (typeOk(g, e) ? 1 : 0) + (actorOk(g, e) ? 1 : 0) + (timeOk(g, e) ? 1 : 0);
      if (score == 3) {
        full.add(e.id());
      }
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    eventMatches.put(g.id(), full);
    if (!full.isEmpty()) {
      Event m = candidates.stream().filter(e -> e.id().equals(full.get(0))).findFirst().orElseThrow();
      return item(g.id(), goldText, true, describe(m), slotsFor(g, m));
    }
    if (best == null) {
      return item(g.id(), goldText, false, "no event with its trigger in the snippet", slotsFor(g, null));
    }
    List<String> why = new ArrayList<>();
    if (!typeOk(g, best)) {
      why.add("type " + best.type());
    }
    if (!actorOk(g, best)) {
      why.add("actor " + entities.describe(best.actor()) + (g.actorIsList() ? " target " + entities.describe(best.target()) : ""));
    }
    if (!timeOk(g, best)) {
      why.add("time " + Optional.ofNullable(timeValue(best.time())).orElse("-"));
    }
    String others = candidates.size() > 1 ? " (+" + (candidates.size() - 1) + " other candidate(s))" : "";
    return item(g.id(), goldText, false, "best " + describe(best) + " — wrong " + String.join(", ", why) + others,
        slotsFor(g, best));
  }

  private String describe(Event e) {
    return e.id() + " \"" + e.trigger() + "\" " + e.type() + " actor " + entities.describe(e.actor())
        + (e.target() != null ? " target " + entities.describe(e.target()) : "")
        + (e.time() != null ? " time " + timeValue(e.time()) : "");
  }

  private static boolean typeOk(GoldEvent g, Event e) {
    return e.type() != null && g.types().contains(e.type().name());
  }

  private boolean actorOk(GoldEvent g, Event e) {
    if (g.actor().isEmpty()) {
      return true;
    }
    if (!g.actorIsList()) {
      return e.actor().stream().anyMatch(id -> entities.matches(id, g.actor().get(0)));
    }
    List<String> pool = new ArrayList<>(e.actor());
    if (e.target() != null) {
      pool.add(e.target());
    }
    return g.actor().stream().allMatch(name -> pool.stream().anyMatch(id -> entities.matches(id, name)));
  }

  private boolean timeOk(GoldEvent g, Event e) {
    return g.time() == null || g.time().equals(timeValue(e.time()));
  }

  /** Target, location, quantity and modality, where the gold gives them; scored on {@code e}. */
  private List<Slot> slotsFor(GoldEvent g, Event e) {
    List<Slot> slots = new ArrayList<>();
    if (g.target() != null) {
      slots.add(slot("target", g.target(), e == null ? "-" : entities.describe(e.target()),
          e != null && entities.matches(e.target(), g.target())));
    }
    if (g.location() != null) {
      slots.add(slot("location", g.location(), e == null ? "-" : entities.describe(e.location()),
          e != null && entities.matches(e.location(), g.location())));
    }
    if (g.quantity() != null) {
      Quantity q = e == null ? null : e.quantity();
      slots.add(slot("quantity", describe(g.quantity()), q == null ? "-" : describe(q), quantityOk(g.quantity(), q)));
    }
    if (g.modality() != null) {
      String got = e == null || e.modality() == null ? "-" : e.modality().name();
      slots.add(slot("modality", g.modality(), got, g.modality().equals(got)));
    }
    return slots;
  }

  private Slot slot(String name, String want, String got, boolean ok) {
    slotsTotal++;
    if (ok) {
      slotsPassed++;
    }
    return new Slot(name, want, got, ok);
  }

  static boolean quantityOk(GoldQuantity want, Quantity got) {
    if (got == null) {
      return false;
    }
    return same(want.value(), got.value()) && same(want.min(), got.min()) && same(want.max(), got.max())
        && (want.approx() == null || want.approx() == got.approx());
  }

  private static boolean same(java.math.BigDecimal want, java.math.BigDecimal got) {
    return want == null || (got != null && want.compareTo(got) == 0);
  }

  private static String describe(GoldQuantity q) {
    List<String> parts = new ArrayList<>();
    if (q.value() != null) parts.add("value " + q.value().toPlainString());
    if (q.min() != null) parts.add("min " + q.min().toPlainString());
    if (q.max() != null) parts.add("max " + q.max().toPlainString());
    if (q.approx() != null) parts.add(q.approx() ? "approx" : "exact");
    return String.join(" ", parts);
  }

  private static String describe(Quantity q) {
    List<String> parts = new ArrayList<>();
    if (q.value() != null) parts.add("value " + q.value().toPlainString());
    if (q.min() != null) parts.add("min " + q.min().toPlainString());
    if (q.max() != null) parts.add("max " + q.max().toPlainString());
    parts.add(q.approx() ? "approx" : "exact");
    return String.join(" ", parts);
  }

  // ---------------------------------------------------------------- attributions

  private Item scoreAttribution(GoldAttribution a) {
    String goldText = a.source() + " " + String.join("|", a.stances()) + " on " + String.join("/", a.events())
        + (a.time() != null ? " at " + a.time() : "") + (a.via() != null ? " via " + a.via() : "");
    Set<String> onEvents = new LinkedHashSet<>();
    for (String ge : a.events()) {
      onEvents.addAll(eventMatches.getOrDefault(ge, List.of()));
    }
    if (onEvents.isEmpty()) {
      attributionMatches.put(a.id(), List.of());
      return item(a.id(), goldText, false, "its event " + String.join("/", a.events()) + " is not matched", extrasFor(a, null));
    }
    List<Attribution> candidates = ledger.attributions().stream().filter(x -> onEvents.contains(x.event())).toList();
    List<String> full = new ArrayList<>();
    Attribution best = null;
    int bestScore = -1;
    for (Attribution x : candidates) {
      int score = (sourceOk(a, x) ? 1 : 0) + (stanceOk(a, x) ? 1 : 0);
      if (score == 2) {
        full.add(x.id());
      }
      if (score > bestScore) {
        best = x;
        bestScore = score;
      }
    }
    attributionMatches.put(a.id(), full);
    if (!full.isEmpty()) {
      Attribution m = attributionsById.get(full.get(0));
      return item(a.id(), goldText, true, describe(m), extrasFor(a, m));
    }
    if (best == null) {
      return item(a.id(), goldText, false, "no attribution on matched event(s) " + onEvents, extrasFor(a, null));
    }
    String others = candidates.size() > 1 ? " (+" + (candidates.size() - 1) + " other(s) on the event)" : "";
    return item(a.id(), goldText, false, "best " + describe(best) + others, extrasFor(a, best));
  }

  private String describe(Attribution x) {
    return x.id() + " " + entities.describe(x.source()) + " " + x.stance() + " on " + x.event()
        + (x.cue() != null ? " cue \"" + x.cue() + "\"" : "") + (x.time() != null ? " at " + timeValue(x.time()) : "");
  }

  private boolean sourceOk(GoldAttribution a, Attribution x) {
    if (a.source().equals(Attribution.AUTHOR)) {
      return x.isAuthor();
    }
    return !x.isAuthor() && entities.matches(x.source(), a.source());
  }

  private static boolean stanceOk(GoldAttribution a, Attribution x) {
    return x.stance() != null && a.stances().contains(x.stance().name());
  }

  /** Time and via, where the gold gives them: reported as slots, not part of the match. */
  private List<Slot> extrasFor(GoldAttribution a, Attribution x) {
    List<Slot> slots = new ArrayList<>();
    if (a.time() != null) {
      String got = x == null ? null : timeValue(x.time());
      slots.add(slot("time", a.time(), got == null ? "-" : got, a.time().equals(got)));
    }
    if (a.via() != null) {
      Attribution via = x == null || x.via() == null ? null : attributionsById.get(x.via());
      String got = via == null ? "-" : entities.describe(via.source());
      slots.add(slot("via", a.via(), got, via != null && entities.matches(via.source(), a.via())));
    }
    return slots;
  }

  // ---------------------------------------------------------------- quotes

  private Item scoreQuote(GoldQuote q) {
    String goldText = q.speaker() + ": \"" + q.in() + "\"";
    Optional<Span> snippet = locator.locate(q.in());
    if (snippet.isEmpty()) {
      return item(q.id(), goldText, false, notFound(q.in()), List.of());
    }
    List<Quote> containing = ledger.quotes().stream().filter(x -> x.span().contains(snippet.get())).toList();
    for (Quote x : containing) {
      if (entities.matches(x.speaker(), q.speaker())) {
        return item(q.id(), goldText, true, x.id() + " speaker " + entities.describe(x.speaker()), List.of());
      }
    }
    String found = containing.isEmpty() ? "no ledger quote contains the snippet"
        : "quote " + containing.get(0).id() + " has speaker " + entities.describe(containing.get(0).speaker());
    return item(q.id(), goldText, false, found, List.of());
  }

  // ---------------------------------------------------------------- findings

  private Item scoreFinding(GoldFinding f) {
    String goldText = (f.required() ? "required " : f.forbidden() ? "forbidden " : "optional ") + f.kind()
        + " between " + String.join(",", f.between());
    List<Finding> present = ledger.findings().stream()
        .filter(x -> x.kind() != null && x.kind().name().equals(f.kind()))
        .filter(x -> f.between().stream().allMatch(gid -> touches(x, gid, f.forbidden())))
        .sorted(Comparator.comparing(Finding::id))
        .toList();
    String found = present.isEmpty() ? "absent" + hint(f)
        : "present: " + String.join(", ", present.stream().map(x -> x.id() + " " + x.items()).toList());
    if (f.required()) {
      return item(f.id(), goldText, !present.isEmpty(), found, List.of());
    }
    if (f.forbidden()) {
      return item(f.id(), goldText, present.isEmpty(), found, List.of());
    }
    return new Item(f.id(), goldText, "info", found, List.of());
  }

  /** What same-kind findings exist, when none corresponds: helps see why. */
  private String hint(GoldFinding f) {
    List<String> same = ledger.findings().stream().filter(x -> x.kind() != null && x.kind().name().equals(f.kind()))
        .map(x -> x.id() + " " + x.items()).toList();
    return same.isEmpty() ? "" : " (other " + f.kind() + ": " + String.join(", ", same) + ")";
  }

  /**
   * Whether ledger finding {@code x} rests on gold item {@code goldId}. A gold attribution (A…) is
   * touched by a ledger attribution matched to it; a gold event (G…) by a ledger event matched to
   * it, or by an attribution on such an event. For forbidden findings an event only needs its
   * trigger inside the gold snippet: a false finding counts even when the event is mistyped.
   */
  private boolean touches(Finding x, String goldId, boolean loose) {
    Set<String> ids = new LinkedHashSet<>(attributionMatches.getOrDefault(goldId, List.of()));
    Set<String> events = new LinkedHashSet<>(eventMatches.getOrDefault(goldId, List.of()));
    if (loose && eventSnippets.containsKey(goldId)) {
      Span s = eventSnippets.get(goldId);
      ledger.events().stream().filter(e -> e.mentionSpans().stream().anyMatch(sp -> sp.overlaps(s))).forEach(e -> events.add(e.id()));
    }
    ids.addAll(events);
    for (Attribution a : ledger.attributions()) {
      if (a.event() != null && events.contains(a.event())) {
        ids.add(a.id());
      }
    }
    return x.items().stream().anyMatch(ids::contains);
  }

  private static String notFound(String snippet) {
    return "snippet not found in the document: \"" + snippet + "\"";
  }
}
