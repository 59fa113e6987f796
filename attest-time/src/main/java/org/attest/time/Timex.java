package org.attest.time;

import org.attest.model.Span;

/**
 * A recognized and normalized TIMEX3 expression: its offsets in the text, its words, its {@code
 * type} (DATE, TIME, DURATION, SET), its {@code value} ({@code 2025-05}, {@code 2025-H1}, {@code
 * P3M}, {@code PRESENT_REF}, {@code XXXX-H1} where the anchor is unknown ...) and its {@code mod}
 * ({@code BEFORE}, {@code ON_OR_BEFORE}, {@code APPROX}, {@code START}, {@code END} ... or null).
 */
public record Timex(Span span, String text, String type, String value, String mod) {}
