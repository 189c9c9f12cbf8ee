package dev.parley.api;

import java.util.List;

/**
 * What an extractor gave for one article under a cap on statements.
 *
 * @param statements the statements kept, at most the cap, in text order
 * @param found how many statements the article holds; more than {@code statements.size()} when
 *     the cap cut the rest (they were not dated or labelled, to bound the work)
 */
public record Extraction(List<Statement> statements, int found) {
  public Extraction {
    statements = List.copyOf(statements);
    if (found < statements.size()) {
      throw new IllegalArgumentException("found " + found + " < kept " + statements.size());
    }
  }

  public boolean truncated() {
    return found > statements.size();
  }
}
