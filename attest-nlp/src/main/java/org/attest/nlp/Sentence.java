package org.attest.nlp;

import org.attest.model.Span;

/** A sentence: its span and the document-level indices of its tokens, {@code [first, last)}. */
public record Sentence(int index, Span span, int firstToken, int endToken) {}
