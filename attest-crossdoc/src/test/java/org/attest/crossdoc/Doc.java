package org.attest.crossdoc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attest.model.Attribution;
import org.attest.model.Certainty;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.EventType;
import org.attest.model.Ledger;
import org.attest.model.Mention;
import org.attest.model.Modality;
import org.attest.model.Polarity;
import org.attest.model.Provenance;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.model.Stance;
import org.attest.model.TimeExpression;

/** A hand-built document ledger for tests: local ids e1.., t1.., v1.., a1.. as an extractor would give. */
final class Doc {

  static final Provenance TEST = Provenance.of("test", "1");

  final String id;
  String outlet;
  String published;
  private final List<Entity> entities = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private int offset;

  Doc(String id) {
    this.id = id;
  }

  Doc outlet(String o) {
    outlet = o;
    return this;
  }

  Doc published(String p) {
    published = p;
    return this;
  }

  private int next() {
    offset += 10;
    return offset;
  }

  String entity(String name, EntityType type, String... aliases) {
    String eid = "e" + (entities.size() + 1);
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(Arrays.asList(aliases));
    int b = next();
    entities.add(new Entity(eid, name, type, all, List.of(new Mention(id, b, b + name.length())), TEST));
    return eid;
  }

  /** An entity that acts for a country ("the army" of Sudan: country Sudan, role MIL). */
  String entityActingFor(String name, EntityType type, String country, String role) {
    String eid = "e" + (entities.size() + 1);
    int b = next();
    entities.add(new Entity(eid, name, type, List.of(name), List.of(new Mention(id, b, b + name.length())), TEST,
        new Entity.Affiliation(country, role, null)));
    return eid;
  }

  String time(String value) {
    String tid = "t" + (times.size() + 1);
    int b = next();
    times.add(new TimeExpression(tid, id, b, b + value.length(), value, "DATE", value, null, TEST));
    return tid;
  }

  static Quantity qty(String text, long value, String unit) {
    return new Quantity(text, BigDecimal.valueOf(value), null, null, false, unit);
  }

  static Quantity upTo(String text, long max, String unit) {
    return new Quantity(text, null, null, BigDecimal.valueOf(max), false, unit);
  }

  String event(EventType type, String trigger, String actor, String target, String location, String time,
      Quantity q, Modality modality) {
    String vid = "v" + (events.size() + 1);
    int b = next();
    events.add(new Event(vid, id, b, b + trigger.length(), trigger, new Span(0, b + 20), type, trigger,
        actor == null ? List.of() : List.of(actor), target, location, time, q, modality, Polarity.POSITIVE,
        trigger + " (" + id + ")", TEST));
    return vid;
  }

  String attribute(String event, String source, Stance stance, String via, String time) {
    String aid = "a" + (attributions.size() + 1);
    int b = next();
    boolean author = Attribution.AUTHOR.equals(source);
    attributions.add(new Attribution(aid, event, source, via, id, b, b + 4, author ? null : "said",
        author ? null : new Span(b - 5, b), new Span(0, b), stance, Certainty.CERTAIN, time, TEST));
    return aid;
  }

  String attribute(String event, String source, Stance stance) {
    return attribute(event, source, stance, null, null);
  }

  Ledger ledger() {
    DocumentInfo info = new DocumentInfo(id, "sha-" + id, "title " + id, outlet, null, published, id + ".txt", "en", 1000);
    return new Ledger(Ledger.FORMAT, List.of(info), entities, times, events, attributions, List.of(), List.of());
  }
}
