package org.attest.extract;

import org.attest.model.Attribution;
import org.attest.model.Entity;
import org.attest.model.Event;
import org.attest.model.Ledger;
import org.attest.model.SourceDocument;

/** One pipeline per test JVM (loading CoreNLP takes seconds), and small helpers over ledgers. */
final class Pipelines {

  private static AttestPipeline pipeline;

  private Pipelines() {}

  static synchronized AttestPipeline pipeline() {
    if (pipeline == null) {
      pipeline = AttestPipeline.create();
    }
    return pipeline;
  }

  static Ledger extract(String text, String published) {
    return pipeline().extract(SourceDocument.of("d1", text, null, null, null, published, null));
  }

  static Entity entityNamed(Ledger l, String name) {
    return l.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + l.entities().stream().map(Entity::name).toList()));
  }

  static String idOf(Ledger l, String name) {
    return entityNamed(l, name).id();
  }

  static Event eventWithTrigger(Ledger l, String trigger) {
    return l.events().stream().filter(e -> e.trigger().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in " + l.events().stream().map(Event::trigger).toList()));
  }

  static java.util.List<Attribution> attributionsOf(Ledger l, Event e) {
    return l.attributions().stream().filter(a -> e.id().equals(a.event())).toList();
  }

  static String valueOf(Ledger l, String timeId) {
    return timeId == null ? null : l.times().stream().filter(t -> t.id().equals(timeId)).findFirst().orElseThrow().value();
  }
}
