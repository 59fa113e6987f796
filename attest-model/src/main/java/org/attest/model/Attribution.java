package org.attest.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who is credited with a claim. {@code begin}/{@code end} are the cue's offsets ("said",
 * "according to", "denies", a quote's dash); {@code sourceMention} names the source here (null for
 * {@link #AUTHOR}); {@code content} is what the source is said to claim. {@code via} is the id of
 * the attribution this one was relayed through ("Yonhap, citing state media"). {@code time} is the
 * id of the time expression dating the statement, if any; {@code statementTime} is when the
 * statement was made — that expression's value, or the publication date marked as inferred (null
 * where neither is known; ledgers written before the field existed leave it out, see {@link
 * StatementTime#of(Attribution, java.util.function.Function, String)}).
 */
public record Attribution(
    String id,
    String event,
    String source,
    String via,
    String doc,
    int begin,
    int end,
    String cue,
    @JsonProperty("source_mention") Span sourceMention,
    Span content,
    Stance stance,
    Certainty certainty,
    String time,
    Provenance extractor,
    @JsonProperty("statement_time") StatementTime statementTime) {

  /** Without a statement time (extractors that do not date statements; the pipeline leaves it null). */
  public Attribution(String id, String event, String source, String via, String doc, int begin, int end, String cue,
      Span sourceMention, Span content, Stance stance, Certainty certainty, String time, Provenance extractor) {
    this(id, event, source, via, doc, begin, end, cue, sourceMention, content, stance, certainty, time, extractor, null);
  }

  /** The same attribution with its statement time. */
  public Attribution withStatementTime(StatementTime t) {
    return new Attribution(id, event, source, via, doc, begin, end, cue, sourceMention, content, stance, certainty, time,
        extractor, t);
  }

  /** The source id of the article's own voice, including unnamed "reports". */
  public static final String AUTHOR = "AUTHOR";

  @JsonIgnore
  public Span span() {
    return new Span(begin, end);
  }

  @JsonIgnore
  public boolean isAuthor() {
    return AUTHOR.equals(source);
  }
}
