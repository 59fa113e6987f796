package org.attest.web;

import java.util.List;

/** The JSON shapes of the REST API (described in {@code openapi.json}). */
public final class ApiModel {

  private ApiModel() {}

  /** A highlighted stretch of a text, relative to the text it belongs to. */
  public record Mark(int begin, int end, String kind, String label, String ref) {}

  /**
   * Words of a document with the parts to highlight.
   *
   * @param offset where {@code text} starts in the document
   */
  public record Evidence(String doc, int offset, String text, List<Mark> marks) {}

  public record DocumentSummary(String id, String title, String outlet, String published, String source, int length,
      String copyOf, int entities, int events, int attributions) {}

  public record DocumentDetail(String id, String title, String outlet, String author, String url, String published,
      String source, String copyOf, String text, List<Mark> marks) {}

  public record EntityRow(String id, String name, String type, List<String> aliases, int mentions, List<String> documents,
      List<String> mergedBecause) {}

  public record MentionRow(String doc, String docLabel, int begin, int end, String text) {}

  public record EntityDetail(EntityRow entity, List<MentionRow> mentions) {}

  /**
   * A real-world event (a cluster of mentions across documents).
   *
   * @param start first day it may be (ISO), or null when undated
   * @param end the day after the last day it may be (ISO, exclusive)
   * @param precision how finely the date is known (DAY, MONTH, YEAR ...)
   */
  public record EventRow(String id, String type, String quadClass, String label, String time, String start, String end,
      String precision, List<String> actors, String target, String location, String quantity, List<String> mentions,
      List<String> documents, int independentSources, int deniedBy, boolean singleSource, List<String> findings) {}

  /**
   * One source's word on an event or a claim.
   *
   * @param statementDate when the statement was made: the date governing the cue, or the article's
   *     publication date when none is stated ({@code statementDateInferred})
   */
  public record Claim(String id, String event, String eventLabel, String sourceId, String source, String stance,
      String certainty, String cue, String content, String statementDate, boolean statementDateInferred,
      List<String> relayChain, String doc, String docLabel, boolean singleSource, List<String> findings,
      Evidence evidence) {}

  /**
   * An event with its sources. {@code when} is the event's own date, or — without one — "reported
   * on DATE" by the earliest statement about it ({@code reportedOn}; {@code whenInferred} true);
   * {@code claims} are in the order their statements were made.
   */
  public record EventCard(EventRow event, String what, List<String> who, String whom, String where, String when,
      boolean whenInferred, String reportedOn, String howMany, List<String> independentSources, List<String> deniedBy,
      List<Claim> claims, List<Evidence> unattributedMentions, List<FindingView> findings) {}

  /**
   * An event on the axis. {@code start}/{@code end}/{@code precision} place it: by its own date
   * ({@code time}), or — without one — by the earliest statement about it, then {@code
   * whenInferred} is true, {@code reportedOn} that statement date and {@code when} reads "reported
   * on DATE" ("… (publication date)" when the statement date is only the article's).
   */
  public record TimelineItem(String id, String label, String start, String end, String precision, String time,
      String type, String quadClass, boolean singleSource, boolean hasFinding, String when, boolean whenInferred,
      String reportedOn) {}

  /** {@code undated}: the events with neither a date of their own nor a dated statement about them. */
  public record Timeline(List<TimelineItem> items, List<EventRow> undated, int total) {}

  /** One side of a finding: a claim or an event mention with its evidence. */
  public record Side(String item, String kind, String label, String source, String stance, String docLabel,
      Evidence evidence) {}

  /**
   * @param explanation the finding extractor's words
   * @param title the same words for a reader: documents named by outlet, not by id
   */
  public record FindingView(String id, String kind, String explanation, String title, List<Side> sides) {}

  public record GraphNode(String id, String label, String kind) {}

  public record GraphEdge(String id, String source, String target, String kind) {}

  /**
   * The provenance graph of one page of events ({@code offset}, {@code limit} count events, of
   * {@code events} in all), so that a large corpus stays readable.
   */
  public record Graph(List<GraphNode> nodes, List<GraphEdge> edges, int events, int offset, int limit) {}

  /**
   * @param snippet the words around the match (a document's), the claim's content, or an entity's aliases
   * @param date the document's publication date or the claim's statement date
   * @param outlet the outlet of the document (of the claim's document)
   */
  public record SearchResult(String kind, String ref, int score, String label, String link, String snippet, String date,
      String outlet) {}

  public record Decision(String id, String action, List<String> names, String note) {}

  public record IngestedInput(String source, String status, String reason, String detail, String docId, String ofDoc,
      boolean unchanged) {}

  public record IngestReport(List<IngestedInput> results, int documents, String view) {}

  public record Status(String store, int documents, boolean viewAvailable, String viewError, boolean tokenRequired,
      boolean openReads) {}

  public record ApiError(int status, String error) {}
}
