package dev.parley.api;

import java.util.List;

/**
 * Turns one article into its attributed statements. Implementations are plain Java, hold no
 * Spark types, are created once per executor partition and need not be thread-safe.
 */
public interface StatementExtractor {
  List<Statement> extract(Article article);
}
