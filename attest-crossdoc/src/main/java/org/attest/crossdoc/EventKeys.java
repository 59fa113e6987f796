package org.attest.crossdoc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attest.model.Event;
import org.attest.model.EventType;

/**
 * Blocking keys of an event: only events sharing a key are ever compared. A key depends on the
 * event alone (never on the rest of the corpus), so an incremental resolver can index stored
 * events by key and look up a new event's candidates without reading every stored ledger.
 *
 * <ul>
 *   <li>{@code l:LEMMA} — the trigger's lemma with noun/verb derivation folded (shooting → shoot,
 *       deployment → deploy, nomination → nominate);
 *   <li>{@code c:CLASS} — each event class of {@code event-classes.tsv} the lemma is in (arrest,
 *       detain → ARREST; hit, strike → ATTACK);
 *   <li>{@code t:TYPE} — the PLOVER type, unless OTHER.
 * </ul>
 */
public final class EventKeys {

  private static final Map<String, List<String>> CLASSES = load();

  private EventKeys() {}

  /** The keys of an event, in a fixed order. */
  public static List<String> of(Event e) {
    Set<String> keys = new LinkedHashSet<>();
    String lemma = lemma(e);
    if (!lemma.isEmpty()) {
      keys.add("l:" + lemma);
      for (String c : classes(lemma)) {
        keys.add("c:" + c);
      }
    }
    if (e.type() != null && e.type() != EventType.OTHER) {
      keys.add("t:" + e.type().name());
    }
    return List.copyOf(keys);
  }

  /** The event's lemma key: its predicate (else trigger), lower case, derivation folded. */
  public static String lemma(Event e) {
    String p = e.predicate() != null && !e.predicate().isBlank() ? e.predicate() : e.trigger();
    return p == null ? "" : fold(p.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the event is named by a noun derived from its verb (shooting, deployment, nomination,
   * election): its trigger's last word carries a nominal suffix. A surface guess, the same for
   * every corpus: noun/verb pairs ("the shooting" / "shot") are a feature of the pair scorer.
   */
  public static boolean nominal(Event e) {
    String t = e.trigger() == null ? "" : e.trigger().strip().toLowerCase(Locale.ROOT);
    int sp = t.lastIndexOf(' ');
    String w = sp < 0 ? t : t.substring(sp + 1);
    return w.length() >= 6 && (w.endsWith("ing") || w.endsWith("ment") || w.endsWith("tion") || w.endsWith("sion"));
  }

  /** The classes a (folded) lemma belongs to, in file order. */
  public static List<String> classes(String lemma) {
    return CLASSES.getOrDefault(lemma, List.of());
  }

  /** Folds an event noun onto its verb where the rule is regular: -ing, -ment, -ation → -ate. */
  static String fold(String w) {
    if (w.contains(" ")) {
      return w;
    }
    if (CLASSES.containsKey(w) && !w.endsWith("ing")) {
      return w;
    }
    if (w.endsWith("ing") && w.length() >= 6) {
      String stem = w.substring(0, w.length() - 3);
      int n = stem.length();
      if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
        return stem.substring(0, n - 1); // shipping → ship
      }
      return stem;
    }
    if (w.endsWith("ment") && w.length() >= 8) {
      return w.substring(0, w.length() - 4); // deployment → deploy
    }
    if (w.endsWith("ation") && w.length() >= 8) {
      return w.substring(0, w.length() - 5) + "ate"; // nomination → nominate
    }
    return w;
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> m = new TreeMap<>();
    try (InputStream in = EventKeys.class.getResourceAsStream("event-classes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("event-classes.tsv missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2) {
          continue;
        }
        for (String w : f[1].strip().split("\\s+")) {
          List<String> l = m.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
          if (!l.contains(f[0])) {
            l.add(f[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    m.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(m);
  }
}
