package org.attest.eval.plover;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.LedgerExtractor;
import org.attest.model.SourceDocument;

/**
 * Scores PLOVER typing and actors on coded example sentences: each sentence is extracted as a
 * document of its own; its main event (the first event with a PLOVER category, else the first
 * event) is compared with the expected category and actor. Prints accuracy and a confusion
 * matrix (expected category × predicted type).
 *
 * <p>File format, one example a line ({@code #} comments): {@code CATEGORY <TAB> ACTOR <TAB>
 * RECIPIENT <TAB> SENTENCE}, the category a PLOVER 2021 name (REQUEST and ACCUSE included) or an
 * Attest type, {@code -} for no actor or recipient.
 */
public final class PloverEvaluation {

  /** One coded example. */
  public record Example(int line, String category, String actor, String recipient, String sentence) {}

  /** One example's result. */
  public record Result(Example example, String expected, String predicted, String trigger, String actorFound,
      boolean typeRight, boolean actorRight) {}

  /** All results with the figures. */
  public record Report(List<Result> results) {

    public int typeRight() {
      return (int) results.stream().filter(Result::typeRight).count();
    }

    public int actorRight() {
      return (int) results.stream().filter(Result::actorRight).count();
    }

    public int withEvent() {
      return (int) results.stream().filter(r -> !r.predicted().equals("NONE")).count();
    }

    /** Expected → predicted → count, both sorted by name. */
    public Map<String, Map<String, Integer>> confusion() {
      Map<String, Map<String, Integer>> m = new TreeMap<>();
      for (Result r : results) {
        m.computeIfAbsent(r.expected(), k -> new TreeMap<>()).merge(r.predicted(), 1, Integer::sum);
      }
      return m;
    }

    public String renderText(boolean errors) {
      StringBuilder sb = new StringBuilder();
      int n = results.size();
      sb.append(String.format(Locale.ROOT, "PLOVER examples: %d%n", n));
      sb.append(String.format(Locale.ROOT, "  an event found     %3d  %5.1f %%%n", withEvent(), pct(withEvent(), n)));
      sb.append(String.format(Locale.ROOT, "  type right         %3d  %5.1f %%%n", typeRight(), pct(typeRight(), n)));
      sb.append(String.format(Locale.ROOT, "  actor right        %3d  %5.1f %%%n", actorRight(), pct(actorRight(), n)));
      sb.append("\nConfusion matrix (rows: expected, columns: predicted)\n\n");
      sb.append(renderMatrix());
      if (errors) {
        sb.append("\nErrors\n");
        for (Result r : results) {
          if (!r.typeRight() || !r.actorRight()) {
            sb.append(String.format(Locale.ROOT, "  line %d: expected %s actor %s, got %s \"%s\" actor %s%n    %s%n",
                r.example().line(), r.expected(), r.example().actor(), r.predicted(), r.trigger(), r.actorFound(),
                r.example().sentence()));
          }
        }
      }
      return sb.toString();
    }

    /** The confusion matrix as a Markdown table. */
    public String renderMatrix() {
      Map<String, Map<String, Integer>> m = confusion();
      java.util.TreeSet<String> cols = new java.util.TreeSet<>();
      m.values().forEach(x -> cols.addAll(x.keySet()));
      StringBuilder sb = new StringBuilder("| expected \\ predicted |");
      for (String c : cols) {
        sb.append(' ').append(c).append(" |");
      }
      sb.append(" right |\n|---|");
      cols.forEach(c -> sb.append("---:|"));
      sb.append("---:|\n");
      for (var row : m.entrySet()) {
        sb.append("| ").append(row.getKey()).append(" |");
        int total = 0;
        for (String c : cols) {
          int v = row.getValue().getOrDefault(c, 0);
          total += v;
          sb.append(' ').append(v == 0 ? "" : c.equals(row.getKey()) ? "**" + v + "**" : String.valueOf(v)).append(" |");
        }
        sb.append(' ').append(row.getValue().getOrDefault(row.getKey(), 0)).append('/').append(total).append(" |\n");
      }
      return sb.toString();
    }

    private static double pct(int a, int b) {
      return b == 0 ? 0 : 100.0 * a / b;
    }
  }

  private PloverEvaluation() {}

  /** Reads an examples file; a malformed line is an error naming it. */
  public static List<Example> read(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length < 4 || f[3].isBlank()) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected CATEGORY<TAB>ACTOR<TAB>RECIPIENT<TAB>SENTENCE");
      }
      out.add(new Example(i + 1, f[0].strip().toUpperCase(Locale.ROOT), f[1].strip(), f[2].strip(), f[3].strip()));
    }
    return out;
  }

  /** Attest's type for a category name: PLOVER 2021 names are mapped (REQUEST → DEMAND, ACCUSE → DISAPPROVE). */
  public static String expectedType(String category) {
    return switch (category) {
      case "REQUEST" -> EventType.DEMAND.name();
      case "ACCUSE" -> EventType.DISAPPROVE.name();
      default -> category;
    };
  }

  /** Whether a predicted type counts for the expected one (ACCUSE covers DISAPPROVE and INVESTIGATE). */
  static boolean typeMatches(String category, String predicted) {
    if (category.equals("ACCUSE")) {
      return predicted.equals("DISAPPROVE") || predicted.equals("INVESTIGATE");
    }
    return expectedType(category).equals(predicted);
  }

  public static Report evaluate(LedgerExtractor extractor, List<Example> examples, String published) {
    List<Result> out = new ArrayList<>();
    for (Example x : examples) {
      SourceDocument doc = SourceDocument.of("d1", x.sentence(), null, null, null, published, "plover-line-" + x.line());
      Ledger l = extractor.extract(doc);
      Event main = mainEvent(l);
      String predicted = main == null ? "NONE" : main.type().name();
      // ACCUSE/INVESTIGATE are one PLOVER category: show them under the expected name in the matrix.
      String shown = x.category().equals("ACCUSE") && typeMatches("ACCUSE", predicted) ? "DISAPPROVE" : predicted;
      String actorFound = main == null ? "-" : actorNames(l, main);
      boolean actorRight = main != null && actorMatches(l, main, x.actor());
      out.add(new Result(x, expectedType(x.category()), shown, main == null ? "" : main.trigger(), actorFound,
          main != null && typeMatches(x.category(), predicted), actorRight));
    }
    return new Report(out);
  }

  /** The first event with a PLOVER category, else the first event, else null. */
  static Event mainEvent(Ledger l) {
    for (Event e : l.events()) {
      if (e.type() != EventType.OTHER) {
        return e;
      }
    }
    return l.events().isEmpty() ? null : l.events().get(0);
  }

  private static String actorNames(Ledger l, Event e) {
    if (e.actor().isEmpty()) {
      return "-";
    }
    List<String> names = new ArrayList<>();
    for (String id : e.actor()) {
      Entity en = entity(l, id);
      names.add(en == null ? id : en.name());
    }
    return String.join("+", names);
  }

  /**
   * The expected actor is one of the event's actor entities (name or alias, case and "the" aside)
   * or the country an actor entity acts for.
   */
  static boolean actorMatches(Ledger l, Event e, String expected) {
    if (expected.equals("-")) {
      return e.actor().isEmpty();
    }
    String want = norm(expected);
    for (String id : e.actor()) {
      Entity en = entity(l, id);
      if (en == null) {
        continue;
      }
      // PLOVER codes an actor by whom it acts for: "the president of Egypt" is Egypt.
      boolean country = en.affiliation() != null && en.affiliation().country() != null
          && norm(en.affiliation().country()).equals(want);
      if (country || norm(en.name()).equals(want) || en.aliases().stream().anyMatch(a -> norm(a).equals(want))) {
        return true;
      }
    }
    return false;
  }

  private static Entity entity(Ledger l, String id) {
    for (Entity en : l.entities()) {
      if (en.id().equals(id)) {
        return en;
      }
    }
    return null;
  }

  private static String norm(String s) {
    String x = s.toLowerCase(Locale.ROOT).strip();
    return x.startsWith("the ") ? x.substring(4) : x;
  }

  /** Counts per expected category, for the JSON output. */
  public static Map<String, Object> summary(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("examples", r.results().size());
    m.put("event_found", r.withEvent());
    m.put("type_right", r.typeRight());
    m.put("actor_right", r.actorRight());
    m.put("confusion", r.confusion());
    return m;
  }
}
