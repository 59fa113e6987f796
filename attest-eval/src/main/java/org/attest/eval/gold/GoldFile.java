package org.attest.eval.gold;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.LedgerJson;

/**
 * A hand-made gold file in the format of {@code shared/spec/seed-gold.json}: what an analyst
 * extracts from one article. Every item is located by its {@code in} snippet, never by offsets.
 */
public record GoldFile(
    String about,
    String document,
    String published,
    List<GoldEntity> entities,
    List<GoldTime> times,
    List<GoldEvent> events,
    List<GoldAttribution> attributions,
    List<GoldQuote> quotes,
    List<GoldFinding> findings) {

  public GoldFile {
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    events = List.copyOf(events);
    attributions = List.copyOf(attributions);
    quotes = List.copyOf(quotes);
    findings = List.copyOf(findings);
  }

  public record GoldEntity(String name, String type, List<String> aliases) {
    public GoldEntity {
      aliases = List.copyOf(aliases);
    }
  }

  /** {@code id} is T1, T2 … in file order (the file gives times no ids). */
  public record GoldTime(String id, String in, String text, String value) {}

  /** {@code actor} has one name, or several acting together (then: all among actors and target). */
  public record GoldEvent(
      String id,
      String in,
      List<String> types,
      List<String> actor,
      boolean actorIsList,
      String target,
      String location,
      String time,
      GoldQuantity quantity,
      String modality) {}

  /** Only the keys the gold gives are compared. */
  public record GoldQuantity(BigDecimal value, BigDecimal min, BigDecimal max, Boolean approx) {}

  /** {@code events}: one gold event id, or several (then any of them). */
  public record GoldAttribution(
      String id, List<String> events, String source, List<String> stances, String via, String time) {}

  public record GoldQuote(String id, String in, String speaker) {}

  /** {@code between}: gold attribution ids (A…) or gold event ids (G…). */
  public record GoldFinding(
      String id, boolean required, boolean forbidden, String kind, String source, List<String> between, String why) {}

  public static GoldFile read(Path file) throws IOException {
    JsonNode root;
    try {
      root = LedgerJson.mapper().readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IOException(file + ": not a readable gold JSON file: " + e.getMessage(), e);
    }
    try {
      return parse(root);
    } catch (RuntimeException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  public static GoldFile parse(String json) throws IOException {
    return parse(LedgerJson.mapper().readTree(json));
  }

  static GoldFile parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("gold file must be a JSON object");
    }
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : root.path("entities")) {
      entities.add(new GoldEntity(req(e, "name"), text(e, "type"), strings(e.path("aliases"))));
    }
    List<GoldTime> times = new ArrayList<>();
    for (JsonNode t : root.path("times")) {
      String id = t.hasNonNull("id") ? t.get("id").asText() : "T" + (times.size() + 1);
      times.add(new GoldTime(id, req(t, "in"), text(t, "text"), req(t, "value")));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode v : root.path("events")) {
      JsonNode actor = v.path("actor");
      GoldQuantity q = null;
      if (v.hasNonNull("quantity")) {
        JsonNode qn = v.get("quantity");
        q = new GoldQuantity(dec(qn, "value"), dec(qn, "min"), dec(qn, "max"),
            qn.hasNonNull("approx") ? qn.get("approx").asBoolean() : null);
      }
      events.add(new GoldEvent(req(v, "id"), req(v, "in"), strings(v.path("types")), strings(actor), actor.isArray(),
          text(v, "target"), text(v, "location"), text(v, "time"), q, text(v, "modality")));
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    for (JsonNode a : root.path("attributions")) {
      attributions.add(new GoldAttribution(req(a, "id"), strings(a.path("event")), req(a, "source"),
          strings(a.path("stances")), text(a, "via"), text(a, "time")));
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : root.path("quotes")) {
      String id = q.hasNonNull("id") ? q.get("id").asText() : "Q" + (quotes.size() + 1);
      quotes.add(new GoldQuote(id, req(q, "in"), req(q, "speaker")));
    }
    List<GoldFinding> findings = new ArrayList<>();
    for (JsonNode f : root.path("findings")) {
      findings.add(new GoldFinding(req(f, "id"), f.path("required").asBoolean(false), f.path("forbidden").asBoolean(false),
          req(f, "kind"), text(f, "source"), strings(f.path("between")), text(f, "why")));
    }
    return new GoldFile(text(root, "about"), text(root, "document"), text(root, "published"),
        entities, times, events, attributions, quotes, findings);
  }

  private static String req(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null) {
      throw new IllegalArgumentException("gold item without '" + field + "': " + n);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static BigDecimal dec(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.decimalValue();
  }

  /** A string or a list of strings, as a list; missing is empty. */
  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isMissingNode() || n.isNull()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
    } else {
      out.add(n.asText());
    }
    return out;
  }
}
