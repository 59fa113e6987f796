package org.attest.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.attest.crossdoc.CorpusLedger;
import org.attest.crossdoc.EventCluster;
import org.attest.crossdoc.Voices;
import org.attest.model.Attribution;
import org.attest.model.DocumentInfo;
import org.attest.model.Entity;
import org.attest.model.EntityType;
import org.attest.model.Event;
import org.attest.model.Finding;
import org.attest.model.FindingKind;
import org.attest.model.LedgerIndex;
import org.attest.model.LedgerJson;

/**
 * schema.org ClaimReview JSON-LD, one review per finding: the claim reviewed is the event the
 * finding is about, its authors the sources credited with it, its appearances the documents.
 * The rating carries no numeric truth value (Attest records who says what; it does not rule on
 * truth): {@code alternateName} names the finding and {@code ratingExplanation} explains it.
 */
final class ClaimReviewExport {

  private ClaimReviewExport() {}

  static String label(FindingKind kind) {
    return switch (kind) {
      case CORROBORATION -> "Corroborated by independent sources";
      case CONTRADICTION -> "Disputed: sources contradict each other";
      case STANCE_REVERSAL -> "A source reversed its stance";
      case DATE_CONFLICT -> "Disputed date";
      case QUANTITY_CONFLICT -> "Disputed number";
    };
  }

  static String render(CorpusLedger corpus) {
    return render(corpus, ExportOptions.NONE);
  }

  /**
   * Each review's {@code url} is the finding's page on the desk ({@code BASE/findings/ID}); its
   * {@code datePublished} the latest publication date of the documents it rests on (the review
   * could not be made before them; no clock is read, so the export stays deterministic).
   */
  static String render(CorpusLedger corpus, ExportOptions options) {
    ObjectMapper m = LedgerJson.mapper();
    var l = corpus.ledger();
    LedgerIndex index = new LedgerIndex(l);
    Voices voices = new Voices(l);
    Map<String, Event> events = index.events();
    Map<String, Attribution> attributions = index.attributions();
    Map<String, DocumentInfo> docs = index.documents();
    Map<String, Entity> entities = index.entities();

    ObjectNode root = m.createObjectNode();
    root.put("@context", "https://schema.org");
    ArrayNode graph = root.putArray("@graph");
    for (Finding f : l.findings()) {
      Set<String> eventIds = new LinkedHashSet<>();
      Set<String> speakers = new LinkedHashSet<>();
      Set<String> docIds = new LinkedHashSet<>();
      for (String item : f.items()) {
        Attribution a = attributions.get(item);
        if (a != null) {
          if (a.event() != null) {
            eventIds.add(a.event());
          }
          speakers.add(voices.speaker(voices.origin(a)));
          docIds.add(a.doc());
        }
        Event e = events.get(item);
        if (e != null) {
          eventIds.add(e.id());
          docIds.add(e.doc());
        }
      }
      ObjectNode review = graph.addObject();
      review.put("@type", "ClaimReview");
      review.put("@id", "#" + f.id());
      review.put("url", options.baseUrl() + "findings/" + java.net.URLEncoder.encode(f.id(), StandardCharsets.UTF_8));
      String latest = null;
      for (String d : docIds) {
        DocumentInfo doc = docs.get(d);
        String p = doc == null || doc.published() == null ? null : doc.published().strip();
        if (p != null && p.matches("\\d{4}-\\d{2}-\\d{2}.*") && (latest == null || p.substring(0, 10).compareTo(latest) > 0)) {
          latest = p.substring(0, 10);
        }
      }
      putIf(review, "datePublished", latest);
      review.put("claimReviewed", claimText(corpus, eventIds, events, f));
      ObjectNode claim = review.putObject("itemReviewed");
      claim.put("@type", "Claim");
      ArrayNode authors = claim.putArray("author");
      for (String s : speakers) {
        ObjectNode a = authors.addObject();
        Entity e = entities.get(s);
        a.put("@type", e != null && e.type() == EntityType.PERSON ? "Person" : "Organization");
        a.put("name", voices.name(s));
      }
      ArrayNode appearance = claim.putArray("appearance");
      for (String d : docIds) {
        DocumentInfo doc = docs.get(d);
        ObjectNode w = appearance.addObject();
        w.put("@type", "CreativeWork");
        w.put("identifier", d);
        if (doc != null) {
          putIf(w, "url", doc.url());
          putIf(w, "headline", doc.title());
          putIf(w, "datePublished", doc.published());
          if (doc.outlet() != null) {
            w.putObject("publisher").put("@type", "Organization").put("name", doc.outlet());
          }
        }
      }
      ObjectNode rating = review.putObject("reviewRating");
      rating.put("@type", "Rating");
      rating.put("alternateName", label(f.kind()));
      rating.put("ratingExplanation", f.explanation());
      review.putObject("author").put("@type", "Organization").put("name", "Attest (automated ledger, " + f.extractor() + ")");
      review.put("reviewBody", f.explanation());
      ArrayNode about = review.putArray("about");
      f.items().forEach(about::add);
    }
    return LedgerJson.write(root);
  }

  private static String claimText(CorpusLedger corpus, Set<String> eventIds, Map<String, Event> events, Finding f) {
    for (String id : eventIds) {
      EventCluster c = corpus.clusterOf(id);
      Event rep = events.get(c != null ? c.events().get(0) : id);
      if (rep != null) {
        return rep.summary() != null ? rep.summary() : rep.trigger();
      }
    }
    return f.explanation();
  }

  private static void putIf(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  static void write(CorpusLedger corpus, ExportOptions options, OutputStream out) throws IOException {
    out.write(render(corpus, options).getBytes(StandardCharsets.UTF_8));
  }
}
