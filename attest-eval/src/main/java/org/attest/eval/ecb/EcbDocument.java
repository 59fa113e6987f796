package org.attest.eval.ecb;

import java.util.List;
import org.attest.model.SourceDocument;
import org.attest.model.Span;

/**
 * One ECB+ article as {@link EcbReader} rebuilds it: the text (one sentence per paragraph, tokens
 * joined as printed), its tokens with their offsets in that text, and the gold mentions.
 *
 * @param name file name without {@code .xml}, e.g. {@code 1_10ecbplus}
 * @param topic the topic number (1 in {@code 1_10ecbplus})
 * @param subTopic {@code topic + "ecb"} or {@code topic + "ecbplus"}: ECB+ gives each topic two
 *     sub-topics, the original ECB articles and the added ECB+ ones, about two different events
 */
public record EcbDocument(String name, int topic, String subTopic, String text, List<Tok> tokens, List<Mention> mentions) {

  /** A token: its {@code t_id}, sentence number, form and span in {@link #text}. */
  public record Tok(int id, int sentence, String form, Span span) {}

  /** What a gold mention is scored as. */
  public enum Kind {
    EVENT,
    ENTITY,
    TIME
  }

  /**
   * A gold mention.
   *
   * @param id {@code name/m_id}
   * @param tag the CROMER tag, e.g. {@code ACTION_OCCURRENCE}, {@code HUMAN_PART_PER}
   * @param sentence the sentence of its first token
   * @param span first token's begin to last token's end
   * @param cluster the gold coreference chain: the CROSS_DOC_COREF instance id, a document-local
   *     id for an INTRA_DOC_COREF chain, or the mention's own id for a singleton
   */
  public record Mention(String id, Kind kind, String tag, int sentence, Span span, String text, String cluster) {}

  public EcbDocument {
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
  }

  /** The text as a source document for the pipeline (no title, outlet or date: ECB+ gives none). */
  public SourceDocument source() {
    return SourceDocument.of(name, text, null, null, null, null, name + ".xml");
  }
}
