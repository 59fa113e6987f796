package org.attest.web;

import java.util.List;

/**
 * One page of a list: {@code items} are entries {@code offset .. offset + items.size()} of
 * {@code total}.
 */
public record Page<T>(int total, int offset, int limit, List<T> items) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  public Page {
    items = List.copyOf(items);
  }

  /** The page of {@code all} that {@code offset} and {@code limit} select. */
  public static <T> Page<T> of(List<T> all, int offset, int limit) {
    int from = Math.min(offset, all.size());
    int to = (int) Math.min((long) from + limit, all.size());
    return new Page<>(all.size(), offset, limit, all.subList(from, to));
  }
}
