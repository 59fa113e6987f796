package org.attest.crossdoc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.Ledger;

/**
 * Who speaks in an attribution, as a source key (the keys of {@link Corroboration}): a named
 * source's entity id; for a document's own voice the entity named like its outlet, else {@code
 * outlet:NAME}, else {@code AUTHOR@docId}. For exporters and views that need the speaker of one
 * attribution; corroboration additionally follows relays and syndicated copies.
 */
public final class Voices {

  private final Map<String, Attribution> attributions = new HashMap<>();
  private final Map<String, DocumentInfo> documents = new HashMap<>();
  private final Map<String, String> entityByName = new HashMap<>();
  private final Map<String, String> entityName = new HashMap<>();

  public Voices(Ledger ledger) {
    for (Attribution a : ledger.attributions()) {
      attributions.put(a.id(), a);
    }
    for (DocumentInfo d : ledger.documents()) {
      documents.put(d.id(), d);
    }
    for (Entity e : ledger.entities()) {
      entityName.put(e.id(), e.name());
      for (String n : e.aliases()) {
        entityByName.putIfAbsent(NameKey.of(n), e.id());
      }
    }
    for (Entity e : ledger.entities()) {
      entityByName.put(NameKey.of(e.name()), e.id());
    }
  }

  /** The source key of whoever speaks in this attribution. */
  public String speaker(Attribution a) {
    if (!a.isAuthor()) {
      return a.source();
    }
    DocumentInfo d = documents.get(a.doc());
    String outlet = d == null ? null : d.outlet();
    if (outlet != null && !outlet.isBlank()) {
      String e = entityByName.get(NameKey.of(outlet));
      return e != null ? e : Corroboration.OUTLET_PREFIX + outlet.strip();
    }
    return Corroboration.AUTHOR_PREFIX + a.doc();
  }

  /** The attribution at the end of this one's relay chain ("citing ..."): the origin of the claim. */
  public Attribution origin(Attribution a) {
    List<Attribution> chain = chain(a);
    return chain.get(chain.size() - 1);
  }

  /**
   * The relay chain from this attribution to the origin of the claim: {@code a}, the attribution
   * it is {@code via}, and so on; it stops at a missing link or a loop.
   */
  public List<Attribution> chain(Attribution a) {
    return chain(a, attributions);
  }

  /** The relay walk over any attributions by id: the project's only one. */
  public static List<Attribution> chain(Attribution a, Map<String, Attribution> byId) {
    List<Attribution> out = new ArrayList<>();
    out.add(a);
    Attribution o = a;
    Set<String> seen = new HashSet<>();
    while (o.via() != null && seen.add(o.id()) && byId.containsKey(o.via())) {
      o = byId.get(o.via());
      out.add(o);
    }
    return out;
  }

  /** A source key in words. */
  public String name(String key) {
    if (key == null) {
      return "-";
    }
    if (key.startsWith(Corroboration.OUTLET_PREFIX)) {
      return key.substring(Corroboration.OUTLET_PREFIX.length());
    }
    if (key.startsWith(Corroboration.AUTHOR_PREFIX)) {
      String doc = key.substring(Corroboration.AUTHOR_PREFIX.length());
      DocumentInfo d = documents.get(doc);
      return "the author of " + doc + (d != null && d.title() != null ? " (" + d.title() + ")" : "");
    }
    return entityName.getOrDefault(key, key);
  }

  /** True when the key names a corpus entity (not an outlet's or author's own voice). */
  public boolean isEntity(String key) {
    return entityName.containsKey(key);
  }
}
