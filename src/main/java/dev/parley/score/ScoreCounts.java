package dev.parley.score;

/**
 * What was scored.
 *
 * @param articles gold articles
 * @param goldStatements all gold statements of those articles
 * @param goldNotFound gold statements whose content (or whose article text) was not found; they
 *     stay in the totals as unmatched
 * @param predictions predictions for gold articles: the attribution precision denominator
 * @param ignoredPredictions predictions for articles not in gold, left out of every figure
 * @param matched gold-prediction pairs
 */
public record ScoreCounts(
    int articles, int goldStatements, int goldNotFound, int predictions, int ignoredPredictions, int matched) {}
