package org.attest.eval.meantime;

import org.attest.model.Span;

/**
 * One MEANTIME token: its id ({@code t_id}), sentence number, the token as annotated, the form
 * written into the reconstructed text (PTB quotes {@code ``} and {@code ''} become {@code "}) and
 * where that form sits in the text.
 */
public record MeantimeToken(int id, int sentence, String annotated, String surface, Span span) {}
