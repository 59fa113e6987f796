package org.attest.crossdoc;

/**
 * The key of an unordered pair of small non-negative ints (event or document indexes) for hash
 * sets and maps. Packing them as {@code (a << 32) | b} alone makes {@code Long.hashCode} equal to
 * {@code a ^ b}, so that millions of pairs share a few thousand hash codes and every lookup walks a
 * treeified bin; a bijective mix (SplitMix64's finalizer) spreads them and keeps keys distinct.
 */
final class PairKeys {

  private PairKeys() {}

  static long of(int a, int b) {
    long z = ((long) Math.min(a, b) << 32) | (Math.max(a, b) & 0xffffffffL);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
