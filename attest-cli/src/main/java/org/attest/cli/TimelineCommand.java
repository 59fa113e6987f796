package org.attest.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.attest.crossdoc.Corroboration;
import org.attest.crossdoc.EventCluster;
import org.attest.model.TimexInterval;
import org.attest.model.Attribution;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attest timeline}: the story's events in time order, with their sources. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Real-world events across the stored reports, in time order. Dates keep their precision (a month is",
      "shown as a month and sorted before the days in it). An event is placed by its own date; one without",
      "a date of its own but with a dated statement about it is marked 'reported on DATE' (the earliest",
      "statement, '(publication date)' where no statement date is stated) and placed there; events with",
      "neither come last. Each event lists its independent sources (syndicated copies and relays count",
      "once) and every source's stance with its statement time."
    })
public final class TimelineCommand implements Callable<Integer> {

  @Option(names = "--entity", paramLabel = "NAME", description = "Only events with this entity (name or alias) as actor, target or place.")
  String entity;

  @Option(names = "--from", paramLabel = "DATE", description = "Only events that may fall on or after this date (2025, 2025-03, 2025-03-04).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events that may fall on or before this date.")
  String to;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output: human-readable text (default) or JSON.")
  OutputFormat format;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate fromDay = bound(from, "--from", true);
    LocalDate toDay = bound(to, "--to", false);
    try (LedgerStore s = store.openExisting()) {
      CorpusText c = new CorpusText(StoreOptions.corpus(s), s);
      Set<String> wanted = entity == null ? null : EntityCommand.matching(c, entity);
      if (wanted != null && wanted.isEmpty()) {
        throw new IllegalArgumentException("no entity named '" + entity + "' in the store");
      }
      List<EventCluster> shown = new ArrayList<>();
      for (EventCluster k : c.corpus.clusters()) {
        TimexInterval when = TimexInterval.parse(k.time());
        if ((fromDay != null || toDay != null) && when == null) {
          continue;
        }
        if (fromDay != null && !when.end().isAfter(fromDay)) {
          continue;
        }
        if (toDay != null && when.start().isAfter(toDay)) {
          continue;
        }
        if (wanted != null && !involves(c, k, wanted)) {
          continue;
        }
        shown.add(k);
      }
      java.util.Map<String, String> placed = new java.util.HashMap<>();
      for (EventCluster k : shown) {
        placed.put(k.id(), placedBy(c, k));
      }
      shown.sort(Comparator.<EventCluster, Integer>comparing(k -> TimexInterval.parse(placed.get(k.id())) == null ? 1 : 0)
          .thenComparing(k -> start(placed.get(k.id())))
          .thenComparing(k -> -days(placed.get(k.id())))
          .thenComparing(k -> k.id(), org.attest.crossdoc.NaturalOrder.INSTANCE));
      PrintWriter out = spec.commandLine().getOut();
      if (format == OutputFormat.json) {
        List<Object> events = new ArrayList<>();
        for (EventCluster k : shown) {
          var m = c.clusterJson(k);
          // As the text and the web API: an event without a date of its own is placed on the day it
          // was first reported, and says so.
          org.attest.model.StatementTime r = TimexInterval.parse(k.time()) != null ? null : c.reportedOn(k);
          m.put("when", when(c, k));
          m.put("whenInferred", r != null);
          m.put("reportedOn", r == null ? null : r.value());
          m.put("attributions", c.attributionsOf(k).stream().map(c::attributionJson).toList());
          events.add(m);
        }
        var root = new java.util.LinkedHashMap<String, Object>();
        root.put("entity", entity);
        root.put("events", events);
        CorpusText.printJson(out, root);
        return 0;
      }
      out.printf("Timeline: %d event%s%s%n", shown.size(), shown.size() == 1 ? "" : "s",
          entity == null ? "" : " involving " + entity);
      for (EventCluster k : shown) {
        Event rep = c.events.get(k.events().get(0));
        Corroboration co = c.corroboration.get(k.id());
        out.printf("%n%-22s %s %s: %s%n", when(c, k), k.id(), k.type(), rep == null ? "-" : c.eventWords(rep));
        if (co != null) {
          List<String> names = co.independentSources().stream().map(c.corpus::sourceName).toList();
          out.printf("  %s%s%n", co.count() == 0 ? "no supporting source"
                  : co.singleSource() ? "single source: " + names.get(0)
                  : co.count() + " independent sources: " + String.join("; ", names),
              k.events().size() > 1 ? "  (" + k.events().size() + " reports of it)" : "");
          if (!co.deniedBy().isEmpty()) {
            out.printf("  denied or doubted by: %s%n", String.join("; ", co.deniedBy().stream().map(c.corpus::sourceName).toList()));
          }
        }
        for (Attribution a : c.attributionsOf(k)) {
          out.println("    " + c.attributionLine(a));
        }
      }
      out.flush();
      return 0;
    }
  }

  /** The event's own date, else the date it was reported on, else null. */
  private static String placedBy(CorpusText c, EventCluster k) {
    if (TimexInterval.parse(k.time()) != null) {
      return k.time();
    }
    org.attest.model.StatementTime r = c.reportedOn(k);
    return r == null ? k.time() : r.value();
  }

  /** "2025-03-02", "2025-03 (month)", "reported on 2025-03-04", "reported on 2025-03-04 (publication date)", "undated". */
  static String when(CorpusText c, EventCluster k) {
    if (TimexInterval.parse(k.time()) != null) {
      return CorpusText.when(k.time());
    }
    org.attest.model.StatementTime r = c.reportedOn(k);
    return r == null ? CorpusText.when(k.time()) : r.reportedOnLabel();
  }

  static boolean involves(CorpusText c, EventCluster k, Set<String> ids) {
    if (k.actors().stream().anyMatch(ids::contains)) {
      return true;
    }
    for (String id : k.events()) {
      Event v = c.events.get(id);
      if (v != null && (v.actor().stream().anyMatch(ids::contains) || ids.contains(v.target()) || ids.contains(v.location()))) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate start(String value) {
    TimexInterval i = TimexInterval.parse(value);
    return i == null ? LocalDate.MAX : i.start();
  }

  private static long days(String value) {
    TimexInterval i = TimexInterval.parse(value);
    return i == null ? 0 : i.days();
  }

  private static LocalDate bound(String value, String option, boolean lower) {
    if (value == null) {
      return null;
    }
    TimexInterval i = TimexInterval.parse(value);
    if (i == null) {
      throw new IllegalArgumentException(option + " must be a date like 2025, 2025-03 or 2025-03-04, not '" + value + "'");
    }
    return lower ? i.start() : i.end().minusDays(1);
  }

  static Set<String> ids(List<Entity> es) {
    Set<String> s = new HashSet<>();
    es.forEach(e -> s.add(e.id()));
    return s;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
