package org.malaff.text;

/**
 * Fast 64-bit hashing of words and word sequences: FNV-1a over the characters, finished with
 * MurmurHash3's fmix64 so that every bit depends on every character.
 */
public final class Hashing {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** The hash of {@code chars[0, len)}. */
  public static long chars(char[] chars, int len) {
    long h = FNV_OFFSET;
    for (int i = 0; i < len; i++) {
      h ^= chars[i];
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** The hash of a string, equal to {@link #chars} over its characters. */
  public static long string(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** The hash of {@code a + sep + b}, equal to {@link #string} of it, without building it. */
  public static long joined(String a, char sep, String b) {
    return mix(fnv(step(fnv(FNV_OFFSET, a), sep), b));
  }

  /** The hash of {@code a + sep + b + sep + c}, equal to {@link #string} of it, without building it. */
  public static long joined(String a, char sep, String b, String c) {
    return mix(fnv(step(fnv(step(fnv(FNV_OFFSET, a), sep), b), sep), c));
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = step(h, s.charAt(i));
    }
    return h;
  }

  private static long step(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /** MurmurHash3's 64-bit finalizer. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
