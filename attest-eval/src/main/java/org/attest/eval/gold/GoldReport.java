package org.attest.eval.gold;

import java.util.List;
import java.util.Locale;

/**
 * The result of scoring one ledger against one gold file: per-section item results and totals.
 * Event slots (target, location, quantity, modality) and attribution extras (time, via) are
 * reported beside each item and totalled, but do not decide whether the item matches.
 */
public record GoldReport(String document, List<Section> sections, Slots slots) {

  public GoldReport {
    sections = List.copyOf(sections);
  }

  /** {@code status}: "pass" or "fail" for scored items, "info" for unscored (optional findings). */
  public record Item(String id, String gold, String status, String found, List<Slot> slots) {
    public Item {
      slots = List.copyOf(slots);
    }

    public boolean passed() {
      return status.equals("pass");
    }
  }

  public record Slot(String name, String want, String got, boolean ok) {}

  public record Section(String name, int passed, int total, List<Item> items) {
    public Section {
      items = List.copyOf(items);
    }
  }

  public record Slots(int passed, int total) {}

  public Section section(String name) {
    return sections.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no section " + name));
  }

  public Item item(String id) {
    return sections.stream().flatMap(s -> s.items().stream()).filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + id));
  }

  /** Human-readable: one line per item (✓ pass, ✗ fail, · unscored), then totals. */
  public String renderText() {
    StringBuilder sb = new StringBuilder();
    sb.append("Gold scoring of ").append(document).append('\n');
    for (Section s : sections) {
      sb.append('\n').append(String.format(Locale.ROOT, "%s  %d/%d%n", s.name(), s.passed(), s.total()));
      for (Item i : s.items()) {
        String mark = switch (i.status()) {
          case "pass" -> "✓";
          case "fail" -> "✗";
          default -> "·";
        };
        sb.append("  ").append(mark).append(' ').append(i.id()).append("  ").append(i.gold()).append('\n');
        sb.append("      ").append(i.found()).append('\n');
        if (!i.slots().isEmpty()) {
          sb.append("      slots:");
          for (Slot sl : i.slots()) {
            sb.append(' ').append(sl.ok() ? "✓" : "✗").append(sl.name()).append('=').append(sl.got());
            if (!sl.ok()) {
              sb.append(" (want ").append(sl.want()).append(')');
            }
          }
          sb.append('\n');
        }
      }
    }
    sb.append("\nTotals:");
    for (Section s : sections) {
      sb.append(String.format(Locale.ROOT, "  %s %d/%d", s.name(), s.passed(), s.total()));
    }
    sb.append(String.format(Locale.ROOT, "  slots %d/%d%n", slots.passed(), slots.total()));
    return sb.toString();
  }
}
