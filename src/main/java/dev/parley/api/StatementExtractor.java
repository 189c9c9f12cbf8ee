package dev.parley.api;

import java.util.List;

/**
 * Turns one article into its attributed statements. Implementations are plain Java, hold no
 * Spark types, are created once per executor partition and need not be thread-safe.
 */
public interface StatementExtractor {
  List<Statement> extract(Article article);

  /**
   * The first {@code maxStatements} statements of an article and how many it holds, telling
   * {@code stages} which stage the work is in. An implementation should skip the work on the
   * statements past the cap; this default extracts all and cuts, and reports no stages.
   */
  default Extraction extract(Article article, StageListener stages, int maxStatements) {
    List<Statement> all = extract(article);
    return new Extraction(all.subList(0, Math.min(maxStatements, all.size())), all.size());
  }
}
