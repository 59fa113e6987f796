package org.attest.store;

/**
 * One full-text search result.
 *
 * @param ref a document id (kind DOCUMENT), a corpus attribution id (CLAIM) or corpus entity id (ENTITY)
 * @param score the summed counts of the query's tokens in it
 */
public record SearchHit(SearchKind kind, String ref, int score) {}
