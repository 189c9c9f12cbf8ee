package dev.parley.job;

import java.util.Arrays;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Word shingles of a text and their MinHash LSH band keys: plain Java, run once per article inside
 * a Spark task ({@link NearDuplicates}). Every number here is fixed (seeded coefficients, a fixed
 * string hash), so the same text gives the same keys on every JVM and in every run.
 */
final class MinHash {
  static final int SHINGLE_WORDS = 5;
  static final int BANDS = 20;
  static final int ROWS = 5;
  static final long SEED = 20_261_123L;
  /** The Mersenne prime 2^31 - 1: a product of two residues stays within a long. */
  private static final long PRIME = 2_147_483_647L;
  /**
   * A dateline at the very start of a text (up to 80 characters, an agency in parentheses, a
   * dash: "Pyongyang, May 2 (KCNA) --"), which a re-run on another day changes.
   */
  private static final Pattern DATELINE = Pattern.compile("^\\s*[^\\n]{0,80}?\\([A-Za-z][^()\\n]{0,30}\\)\\s*(?:--|—|–|-)");
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long[] A = new long[BANDS * ROWS];
  private static final long[] B = new long[BANDS * ROWS];

  static {
    Random random = new Random(SEED);
    for (int i = 0; i < A.length; i++) {
      A[i] = 1 + Math.floorMod(random.nextLong(), PRIME - 1);
      B[i] = Math.floorMod(random.nextLong(), PRIME);
    }
  }

  private MinHash() {}

  /**
   * The hashes of the words compared: those of the text after its dateline, lower-cased, each a
   * run of letters and digits.
   */
  static long[] wordHashes(String text) {
    String body = DATELINE.matcher(text).replaceFirst("");
    long[] words = new long[16];
    int n = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); ) {
      int cp = body.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        words = append(words, n++, h);
        h = 0;
        inWord = false;
      }
    }
    if (inWord) {
      words = append(words, n++, h);
    }
    return Arrays.copyOf(words, n);
  }

  /**
   * The sorted distinct 64-bit hashes of every run of {@value #SHINGLE_WORDS} words (a text of
   * fewer words is one shingle); empty for a text without words.
   */
  static long[] shingles(String text) {
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, words.length - SHINGLE_WORDS + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = FNV_OFFSET;
      for (int w = i; w < Math.min(words.length, i + SHINGLE_WORDS); w++) {
        h = (h ^ words[w]) * FNV_PRIME;
      }
      out[i] = mix(h);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[distinct++] = out[i];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  private static long[] append(long[] words, int at, long value) {
    long[] out = at < words.length ? words : Arrays.copyOf(words, words.length * 2);
    out[at] = mix(value);
    return out;
  }

  /**
   * One key per band: the hash of that band's {@value #ROWS} MinHash values. Two texts share the
   * key of a band with probability J^{@value #ROWS} (J their Jaccard similarity).
   */
  static long[] bandKeys(long[] shingles) {
    long[] minima = new long[BANDS * ROWS];
    Arrays.fill(minima, Long.MAX_VALUE);
    for (long s : shingles) {
      long x = Math.floorMod(s, PRIME);
      for (int i = 0; i < minima.length; i++) {
        long v = modPrime(A[i] * x + B[i]);
        if (v < minima[i]) {
          minima[i] = v;
        }
      }
    }
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 31 + minima[band * ROWS + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** {@code v mod (2^31 - 1)} for 0 <= v < 2^63, by folding (no division). */
  static long modPrime(long v) {
    long r = (v & PRIME) + (v >>> 31);
    r = (r & PRIME) + (r >>> 31);
    return r >= PRIME ? r - PRIME : r;
  }

  /** Exact Jaccard similarity of two sorted sets. */
  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }

  /** The SplitMix64 finaliser: spreads every input bit over the whole word. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
