package org.attest.eval.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attest.eval.gold.GoldFile.GoldEntity;
import org.attest.model.Entity;
import org.attest.model.Ledger;

/**
 * Resolves the ledger's entities to the gold file's entity table. Names compare case-insensitively
 * with typographic apostrophes folded and whitespace collapsed. A ledger entity resolves to the
 * gold entity its canonical name is a name or alias of; failing that, to the one gold entity its
 * aliases name (none when they name several: a merged entity earns no credit).
 */
final class EntityTable {

  private final Map<String, String> goldByKey = new HashMap<>();
  private final Map<String, Entity> ledgerById = new HashMap<>();
  private final Map<String, String> resolved = new HashMap<>();

  EntityTable(List<GoldEntity> gold, Ledger ledger) {
    for (GoldEntity g : gold) {
      goldByKey.putIfAbsent(key(g.name()), g.name());
      for (String a : g.aliases()) {
        goldByKey.putIfAbsent(key(a), g.name());
      }
    }
    for (Entity e : ledger.entities()) {
      ledgerById.put(e.id(), e);
      String r = resolve(e);
      if (r != null) {
        resolved.put(e.id(), r);
      }
    }
  }

  static String key(String name) {
    return TextLocator.foldAll(name.strip()).toLowerCase(Locale.ROOT);
  }

  private String resolve(Entity e) {
    if (e.name() != null && goldByKey.containsKey(key(e.name()))) {
      return goldByKey.get(key(e.name()));
    }
    Set<String> hits = new LinkedHashSet<>();
    for (String a : e.aliases()) {
      String g = goldByKey.get(key(a));
      if (g != null) {
        hits.add(g);
      }
    }
    return hits.size() == 1 ? hits.iterator().next() : null;
  }

  /** The gold entity (canonical name) a gold string names, or the string itself if not in the table. */
  String goldName(String goldString) {
    return goldByKey.getOrDefault(key(goldString), goldString);
  }

  /** True when ledger entity {@code id} is the entity the gold string names. */
  boolean matches(String ledgerId, String goldString) {
    if (ledgerId == null || goldString == null) {
      return false;
    }
    String want = key(goldString);
    if (goldByKey.containsKey(want)) {
      return goldByKey.get(want).equals(resolved.get(ledgerId));
    }
    // A name the gold table does not list: compare with the ledger entity's own names.
    Entity e = ledgerById.get(ledgerId);
    if (e == null) {
      return false;
    }
    if (e.name() != null && key(e.name()).equals(want)) {
      return true;
    }
    return e.aliases().stream().anyMatch(a -> key(a).equals(want));
  }

  /** How a ledger entity id shows in a report: its name, and the gold entity it resolved to. */
  String describe(String ledgerId) {
    if (ledgerId == null) {
      return "-";
    }
    if (ledgerId.equals("AUTHOR")) {
      return "AUTHOR";
    }
    Entity e = ledgerById.get(ledgerId);
    if (e == null) {
      return ledgerId + "(unknown id)";
    }
    String r = resolved.get(ledgerId);
    return r == null || r.equals(e.name()) ? e.name() : e.name() + "→" + r;
  }

  String describe(List<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(describe(id)));
    return out.isEmpty() ? "-" : String.join("+", out);
  }
}
