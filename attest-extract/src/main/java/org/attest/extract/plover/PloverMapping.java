package org.attest.extract.plover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.model.EventType;

/**
 * CAMEO code → PLOVER category, mode and context, read from {@code CAMEO2PLOVER-2021.txt} (the
 * PLOVER project's conversion table) plus Attest's own decisions ({@code plover-decisions.tsv}: CAMEO
 * 02 appeals as REQUEST, and the 2021 category names REQUEST/ACCUSE onto Attest's event types
 * DEMAND, DISAPPROVE, INVESTIGATE). A code missing from the table falls back to its longest listed
 * prefix ({@code 0233} → {@code 023}). Immutable and thread-safe.
 */
public final class PloverMapping {

  /** A PLOVER coding: the 2021 category name, its mode and context (empty when none), and Attest's type. */
  public record Coding(String code, String category, String mode, String context, EventType type) {}

  private record TypeRule(String category, String mode, EventType type) {}

  private final Map<String, Coding> byCode = new HashMap<>();
  private final List<TypeRule> typeRules = new ArrayList<>();

  /** Reads the conversion table ({@code CODE: CATEGORY, mode, context # text}) and the decisions file. */
  public static PloverMapping parse(List<String> table, List<String> decisions) {
    PloverMapping m = new PloverMapping();
    for (String raw : decisions) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = raw.split("\t", -1);
      if (f[0].equals("category") && f.length >= 4) {
        m.typeRules.add(new TypeRule(f[1].strip(), f[2].strip(), EventType.valueOf(f[3].strip())));
      }
    }
    for (String raw : table) {
      m.readTableLine(raw);
    }
    for (String raw : decisions) {
      String[] f = raw.split("\t", -1);
      if (f[0].equals("code") && f.length >= 3) {
        String mode = f.length > 3 ? f[3].strip() : "";
        m.put(f[1].strip(), f[2].strip(), mode, "");
      }
    }
    return m;
  }

  private PloverMapping() {}

  private void readTableLine(String raw) {
    String line = raw;
    int hash = line.indexOf('#');
    if (hash >= 0) {
      line = line.substring(0, hash);
    }
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return;
    }
    String code = line.substring(0, colon).strip();
    if (!code.chars().allMatch(Character::isDigit)) {
      return;
    }
    String[] f = line.substring(colon + 1).split(",", -1);
    String category = f[0].strip().toUpperCase(Locale.ROOT);
    if (category.isEmpty()) {
      return;
    }
    String mode = f.length > 1 ? f[1].strip() : "";
    String context = f.length > 2 ? f[2].strip() : "";
    // Two-digit headings ("03: AGREE") name the category of the whole cue group.
    put(code, category, mode, context);
  }

  private void put(String code, String category, String mode, String context) {
    EventType type = typeOf(category, mode);
    if (type == null) {
      return;
    }
    byCode.put(code, new Coding(code, category, mode, context, type));
  }

  /** Attest's event type for a PLOVER 2021 category and mode, or null for an unknown category. */
  public EventType typeOf(String category, String mode) {
    for (TypeRule r : typeRules) {
      if (r.category().equals(category) && (r.mode().equals("*") || r.mode().equals(mode))) {
        return r.type();
      }
    }
    try {
      return EventType.valueOf(category);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The coding of a CAMEO code (exact, else its longest listed prefix), or null (e.g. 01x statements, {@code ---}). */
  public Coding coding(String cameoCode) {
    if (cameoCode == null || cameoCode.equals(CameoDictionary.NULL_CODE)) {
      return null;
    }
    String c = cameoCode.strip();
    while (c.length() >= 2) {
      Coding k = byCode.get(c);
      if (k != null) {
        return k;
      }
      c = c.substring(0, c.length() - 1);
    }
    return null;
  }

  public int size() {
    return byCode.size();
  }
}
