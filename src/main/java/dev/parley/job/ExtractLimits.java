package dev.parley.job;

import java.io.Serializable;

/**
 * Bounds on what extraction may spend on one article. An article over a bound keeps its row in
 * {@code articles/} with {@code extract_status} naming the bound, and the run goes on.
 *
 * @param maxStatementsPerArticle statements kept per article; the rest are dropped and the
 *     article is flagged {@code truncated:statements}
 * @param articleBudgetMillis wall-clock time one article may take in the extract stage; past it
 *     the article is flagged {@code timeout:extract} and gets no statements
 * @param stageBudgetMillis wall-clock time one article may spend in each step of extraction
 *     (tokenize, attribution, dates, stance); past it the article is flagged
 *     {@code timeout:<step>} and gets no statements
 */
public record ExtractLimits(int maxStatementsPerArticle, long articleBudgetMillis, long stageBudgetMillis)
    implements Serializable {
  public static final ExtractLimits DEFAULT = new ExtractLimits(1_000, 10_000, 5_000);

  public ExtractLimits {
    if (maxStatementsPerArticle <= 0 || articleBudgetMillis <= 0 || stageBudgetMillis <= 0) {
      throw new IllegalArgumentException("Extract limits must be positive: " + maxStatementsPerArticle + ", "
          + articleBudgetMillis + ", " + stageBudgetMillis);
    }
  }
}
