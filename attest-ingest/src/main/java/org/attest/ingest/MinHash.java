package org.attest.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate detection: MinHash signatures over word shingles, with locality-sensitive
 * hashing bands so that a store finds candidate originals by index lookup instead of comparing
 * with every document.
 *
 * <p>The rule (see docs/store.md): texts are lower-cased and reduced to words; shingles are
 * {@value #SHINGLE_WORDS} consecutive words; a document is a near-duplicate of another when the
 * estimated Jaccard similarity of their shingle sets is at least {@value #THRESHOLD}. A wire story
 * re-published with a new headline, a dropped paragraph or a few edited words keeps 0.7–0.95 of
 * its shingles; two outlets' own reports of one event share well under 0.2 even when they quote
 * the same statement. 0.5 sits in the wide gap, and the estimator's standard error there
 * ({@code sqrt(J(1-J)/120)} ≈ 0.046) keeps both sides clear of it.
 *
 * <p>{@value #HASHES} hash functions in {@value #BANDS} bands of {@value #ROWS}: a pair with
 * Jaccard 0.5 shares at least one band with probability 1-(1-0.5^3)^40 ≈ 0.995; at 0.1 with 0.04.
 */
public final class MinHash {

  public static final int SHINGLE_WORDS = 4;
  public static final double THRESHOLD = 0.5;
  public static final int HASHES = 120;
  public static final int ROWS = 3;
  public static final int BANDS = HASHES / ROWS;

  private static final long[] SEEDS = new long[HASHES];

  static {
    for (int i = 0; i < HASHES; i++) {
      SEEDS[i] = mix(0x9E3779B97F4A7C15L * (i + 1));
    }
  }

  private MinHash() {}

  /** The signature of a text: {@value #HASHES} minimum hash values. Deterministic across JVMs. */
  public static int[] signature(String text) {
    Set<Long> shingles = shingles(text);
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long sh : shingles) {
      for (int i = 0; i < HASHES; i++) {
        int h = (int) (mix(sh ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity of the two texts' shingle sets. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /** One key per band; two signatures that share a key are candidates. */
  public static long[] bandKeys(int[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  static Set<Long> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    Set<Long> out = new HashSet<>();
    if (words.size() < SHINGLE_WORDS) {
      out.add(fnv(String.join(" ", words)));
      return out;
    }
    for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
      out.add(fnv(String.join(" ", words.subList(i, i + SHINGLE_WORDS))));
    }
    return out;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finalizer: a fixed, well-mixed 64-bit permutation. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
