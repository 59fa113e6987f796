package org.attest.extract.findings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attest.extract.ExtractionContext;
import org.attest.extract.Extractor;
import org.attest.extract.Layer;
import org.attest.extract.times.StatementTimes;
import org.attest.model.Attribution;
import org.attest.model.StatementTime;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Finding;
import org.attest.model.FindingKind;
import org.attest.model.Modality;
import org.attest.model.Quantity;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;
import org.attest.model.TimexInterval;

/**
 * Findings within one article: a source that denies something and elsewhere confirms it (stance
 * reversal), one event dated twice incompatibly (date conflict), one event counted twice
 * incompatibly (quantity conflict). Conservative by design: a planned figure and an actual one,
 * or a maximum and a smaller value, are different facts, not a conflict.
 */
public final class FindingExtractor extends Extractor {

  public static final String NAME = "findings";

  public FindingExtractor() {
    super(NAME);
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.ENTITIES, Layer.TIMES, Layer.EVENTS, Layer.ATTRIBUTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.FINDINGS);
  }

  @Override
  protected void extract(ExtractionContext ctx) {
    List<Finding> out = new ArrayList<>();
    stanceReversals(ctx, out);
    dateConflicts(ctx, out);
    quantityConflicts(ctx, out);
    for (Finding f : out) {
      ctx.addFinding(f);
    }
  }

  private void stanceReversals(ExtractionContext ctx, List<Finding> out) {
    Map<String, Event> events = ctx.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    Set<String> seen = new HashSet<>();
    List<Attribution> as = ctx.attributions();
    for (Attribution against : as) {
      if (against.isAuthor() || !against.stance().opposes() || against.event() == null) {
        continue;
      }
      for (Attribution pro : as) {
        if (pro == against || !pro.source().equals(against.source()) || pro.event() == null
            || !(pro.stance() == Stance.CONFIRM || pro.stance() == Stance.ACKNOWLEDGE || pro.stance() == Stance.ASSERT)) {
          continue;
        }
        Event e1 = events.get(against.event()), e2 = events.get(pro.event());
        if (!EventCompatibility.sameHappening(e1, e2)) {
          continue;
        }
        if (!seen.add(pro.id()) | !seen.add(against.id() + "|" + pro.source())) {
          continue;
        }
        // Order by when each statement was made (its statement time: stated, else the publication
        // date); where both fall on the same date, by position in the text. The explanation says which.
        StatementTime t1 = StatementTimes.of(ctx, against.time()), t2 = StatementTimes.of(ctx, pro.time());
        int byTime = StatementTime.order(t1, t2);
        boolean proFirst = byTime > 0 || (byTime == 0 && pro.begin() < against.begin());
        Attribution first = proFirst ? pro : against, second = proFirst ? against : pro;
        String who = name(ctx, against.source());
        String expl = who + " " + verb(first.stance()) + " " + describe(ctx, events.get(first.event()), first)
            + ", then " + verb(second.stance()) + " " + describe(ctx, events.get(second.event()), second) + "."
            + (byTime != 0 ? " Ordered by when the statements were made." : " Ordered by position in the text (the statements are not dated apart).");
        out.add(new Finding("f" + (out.size() + 1), FindingKind.STANCE_REVERSAL, List.of(first.id(), second.id()), expl,
            provenance(ctx)));
      }
    }
  }

  private void dateConflicts(ExtractionContext ctx, List<Finding> out) {
    List<Event> es = ctx.events();
    for (int i = 0; i < es.size(); i++) {
      for (int j = i + 1; j < es.size(); j++) {
        Event a = es.get(i), b = es.get(j);
        if (a.time() == null || b.time() == null || !EventCompatibility.sameFact(a, b)) {
          continue;
        }
        String ta = timeValue(ctx, a.time()), tb = timeValue(ctx, b.time());
        if (!TimexInterval.compatible(ta, tb)) {
          out.add(new Finding("f" + (out.size() + 1), FindingKind.DATE_CONFLICT, List.of(a.id(), b.id()),
              "\"" + a.summary() + "\" is dated " + ta + " in one place and " + tb + " in another.", provenance(ctx)));
        }
      }
    }
  }

  private void quantityConflicts(ExtractionContext ctx, List<Finding> out) {
    List<Event> es = ctx.events();
    for (int i = 0; i < es.size(); i++) {
      for (int j = i + 1; j < es.size(); j++) {
        Event a = es.get(i), b = es.get(j);
        if (a.quantity() == null || b.quantity() == null || a.modality() != Modality.ACTUAL
            || b.modality() != Modality.ACTUAL || !EventCompatibility.sameFact(a, b)
            || !sameUnit(a.quantity(), b.quantity())) {
          continue;
        }
        if (!overlap(a.quantity(), b.quantity())) {
          out.add(new Finding("f" + (out.size() + 1), FindingKind.QUANTITY_CONFLICT, List.of(a.id(), b.id()),
              "\"" + a.summary() + "\" counts " + a.quantity().text() + " in one place and " + b.quantity().text()
                  + " in another.", provenance(ctx)));
        }
      }
    }
  }

  /** Whether two stated quantities can both be true: their ranges (approximate = ±10 %) overlap. */
  static boolean overlap(Quantity a, Quantity b) {
    BigDecimal[] ra = bounds(a), rb = bounds(b);
    return ra[0].compareTo(rb[1]) <= 0 && rb[0].compareTo(ra[1]) <= 0;
  }

  private static BigDecimal[] bounds(Quantity q) {
    BigDecimal lo = BigDecimal.ZERO, hi = BigDecimal.valueOf(Long.MAX_VALUE);
    if (q.value() != null) {
      BigDecimal slack = q.approx() ? q.value().multiply(BigDecimal.valueOf(0.1)) : BigDecimal.ZERO;
      lo = q.value().subtract(slack);
      hi = q.value().add(slack);
    }
    if (q.min() != null) {
      lo = q.min();
    }
    if (q.max() != null) {
      hi = q.max();
    }
    return new BigDecimal[] {lo, hi};
  }

  private static boolean sameUnit(Quantity a, Quantity b) {
    if (a.unit() == null || b.unit() == null) {
      return a.unit() == null && b.unit() == null;
    }
    String[] ua = a.unit().toLowerCase().split(" "), ub = b.unit().toLowerCase().split(" ");
    return ua[ua.length - 1].equals(ub[ub.length - 1]);
  }

  private static String verb(Stance s) {
    return switch (s) {
      case DENY -> "denied";
      case DOUBT -> "doubted";
      case CONFIRM -> "confirmed";
      case ACKNOWLEDGE -> "acknowledged";
      default -> "asserted";
    };
  }

  private static String describe(ExtractionContext ctx, Event e, Attribution a) {
    String when = timeValue(ctx, a.time());
    return "\"" + e.summary() + "\"" + (when == null ? "" : " (" + when + ")");
  }

  private static String name(ExtractionContext ctx, String entity) {
    Entity e = ctx.entity(entity);
    return e == null ? entity : e.name();
  }

  private static String timeValue(ExtractionContext ctx, String timeId) {
    if (timeId == null) {
      return null;
    }
    TimeExpression t = ctx.time(timeId);
    return t == null ? null : t.value();
  }

  /** When two event mentions are about the same happening. */
  static final class EventCompatibility {

    private EventCompatibility() {}

    /** Loose: same actor and the same family of action (sending troops and fighting are one involvement). */
    static boolean sameHappening(Event a, Event b) {
      if (a.id().equals(b.id())) {
        return true;
      }
      if (family(a.type()) != family(b.type()) || a.type() == EventType.OTHER) {
        return false;
      }
      Set<String> actors = new HashSet<>(a.actor());
      actors.retainAll(b.actor());
      return !actors.isEmpty();
    }

    /** Strict: same type and predicate, same actors, same target and place. */
    static boolean sameFact(Event a, Event b) {
      return a.type() == b.type() && a.predicate().equals(b.predicate()) && !a.actor().isEmpty()
          && new HashSet<>(a.actor()).equals(new HashSet<>(b.actor()))
          && java.util.Objects.equals(a.target(), b.target()) && java.util.Objects.equals(a.location(), b.location());
    }

    private static int family(EventType t) {
      return switch (t) {
        case MOBILIZE, ASSAULT, COERCE -> 1;
        case AID, COOPERATE, SUPPORT -> 2;
        case AGREE, CONSULT -> 3;
        case DEMAND, THREATEN, DISAPPROVE, REJECT -> 4;
        default -> 10 + t.ordinal();
      };
    }
  }
}
