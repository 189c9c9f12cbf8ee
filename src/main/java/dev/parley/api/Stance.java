package dev.parley.api;

/**
 * Stance labels aligned with CAMEO event codes (CONTRACT.md section 3). This enum is the one
 * place that turns a label into its Goldstein-style score.
 */
public enum Stance {
  ENGAGE("046", 7),
  INTENT("036", 4),
  APPEAL("026", 4),
  DEMAND("10x", -5),
  CRITICIZE("111", -2),
  REJECT("125", -5),
  THREATEN("13x", -6),
  HALT("164", -7),
  NONE(null, 0);

  private final String cameo;
  private final double score;

  Stance(String cameo, double score) {
    this.cameo = cameo;
    this.score = score;
  }

  /** The CAMEO event code or code family, null for NONE. */
  public String cameo() {
    return cameo;
  }

  public double score() {
    return score;
  }
}
