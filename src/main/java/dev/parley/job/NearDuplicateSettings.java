package dev.parley.job;

import java.io.Serializable;

/**
 * How near duplicates are found (see {@link NearDuplicates}).
 *
 * @param enabled whether near duplicates are looked for at all (exact duplicates always are)
 * @param minJaccard the least Jaccard similarity of two articles' sets of word shingles for the
 *     later one to count as a near duplicate of the earlier (Jaccard distance at most
 *     {@code 1 - minJaccard})
 */
public record NearDuplicateSettings(boolean enabled, double minJaccard) implements Serializable {
  /**
   * 0.85: on the KCNA corpora, edited re-runs of one story score 0.86 to 0.95 and the closest
   * distinct stories written from one template ("delegation arrives" / "delegation leaves")
   * score up to 0.81 (README, near duplicates).
   */
  public static final double DEFAULT_MIN_JACCARD = 0.85;

  public static final NearDuplicateSettings DEFAULT = new NearDuplicateSettings(true, DEFAULT_MIN_JACCARD);
  public static final NearDuplicateSettings OFF = new NearDuplicateSettings(false, DEFAULT_MIN_JACCARD);

  public NearDuplicateSettings {
    if (!(minJaccard > 0 && minJaccard <= 1)) {
      throw new IllegalArgumentException(
          "Invalid near-duplicate Jaccard threshold: " + minJaccard + " (expected a number in (0, 1])");
    }
  }
}
