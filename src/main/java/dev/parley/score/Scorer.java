package dev.parley.score;

import dev.parley.api.Stance;
import dev.parley.api.Statement;
import dev.parley.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores predicted statements against gold (CONTRACT.md section 4). Only gold articles are
 * scored; each gold content is located with {@code text.indexOf(content)} (first occurrence) and
 * compared with the prediction's {@code [charStart, charEnd)}. See {@link SpanMatcher} for the
 * pairing and {@link SpeakerMatcher} for the speaker rule.
 *
 * <p>Event dates are compared as sets of (statement, date) pairs: a date listed twice for one
 * statement counts once. A prediction with a null stance counts as NONE.
 */
public final class Scorer {

  private Scorer() {}

  public static ScoreReport score(
      List<GoldArticle> gold, Map<String, String> texts, List<Statement> predictions) {
    Map<String, List<Statement>> byArticle = predictionsByGoldArticle(gold, predictions);
    Tally tally = new Tally();
    for (GoldArticle article : gold) {
      scoreArticle(article, texts.get(article.articleId()), byArticle.get(article.articleId()), tally);
    }
    int ignored = predictions.size() - tally.predictions;
    return tally.report(gold.size(), ignored);
  }

  /** Groups predictions of gold articles in input order; lookups only, never iterated. */
  private static Map<String, List<Statement>> predictionsByGoldArticle(
      List<GoldArticle> gold, List<Statement> predictions) {
    Map<String, List<Statement>> byArticle = new HashMap<>();
    for (GoldArticle a : gold) {
      if (byArticle.put(a.articleId(), new ArrayList<>()) != null) {
        throw new IllegalArgumentException("Gold article listed twice: " + a.articleId());
      }
    }
    for (Statement p : predictions) {
      List<Statement> list = byArticle.get(p.articleId());
      if (list != null) {
        list.add(p);
      }
    }
    return byArticle;
  }

  private static void scoreArticle(GoldArticle article, String text, List<Statement> preds, Tally tally) {
    List<GoldStatement> golds = article.statements();
    List<Span> goldSpans = locateGold(article, text, tally.warnings);
    List<Span> predSpans = predictedSpans(article.articleId(), preds, tally.warnings);
    tally.predictions += preds.size();
    tally.goldStatements += golds.size();
    for (int i = 0; i < golds.size(); i++) {
      tally.goldNotFound += goldSpans.get(i) == null ? 1 : 0;
      tally.goldEventPairs += dateSet(golds.get(i).eventDates()).size();
    }
    for (Statement p : preds) {
      tally.predEventPairs += dateSet(p.eventDates()).size();
    }
    for (SpanMatch m : SpanMatcher.match(goldSpans, predSpans)) {
      tally.addMatch(golds.get(m.goldIndex()), preds.get(m.predIndex()));
    }
  }

  private static List<Span> locateGold(GoldArticle article, String text, List<String> warnings) {
    List<Span> spans = new ArrayList<>();
    if (text == null && !article.statements().isEmpty()) {
      warnings.add(String.format("article %s: no text, its %d gold statements count as unmatched",
          article.articleId(), article.statements().size()));
    }
    for (int i = 0; i < article.statements().size(); i++) {
      String content = article.statements().get(i).content();
      int start = text == null || content == null ? -1 : text.indexOf(content);
      if (start < 0 && text != null) {
        warnings.add(String.format("article %s: gold statement %d: content not found in text, counted as unmatched",
            article.articleId(), i));
      }
      spans.add(start < 0 ? null : new Span(start, start + content.length()));
    }
    return spans;
  }

  private static List<Span> predictedSpans(String articleId, List<Statement> preds, List<String> warnings) {
    List<Span> spans = new ArrayList<>();
    for (Statement p : preds) {
      boolean valid = p.charStart() >= 0 && p.charEnd() >= p.charStart();
      if (!valid) {
        warnings.add(String.format("article %s: prediction seq %d: invalid span [%d, %d), counted as unmatched",
            articleId, p.seq(), p.charStart(), p.charEnd()));
      }
      spans.add(valid ? new Span(p.charStart(), p.charEnd()) : null);
    }
    return spans;
  }

  static Set<LocalDate> dateSet(List<LocalDate> dates) {
    Set<LocalDate> out = new TreeSet<>();
    if (dates != null) {
      dates.stream().filter(Objects::nonNull).forEach(out::add);
    }
    return out;
  }

  /** Running counts over all articles. */
  private static final class Tally {
    final List<String> warnings = new ArrayList<>();
    final int[][] stance = new int[Stance.values().length][Stance.values().length];
    int goldStatements;
    int goldNotFound;
    int predictions;
    int matched;
    int speakerRight;
    int datedMatches;
    int dateRight;
    int goldEventPairs;
    int predEventPairs;
    int matchedGoldEventPairs;
    int matchedPredEventPairs;
    int eventPairsRight;

    void addMatch(GoldStatement g, Statement p) {
      matched++;
      String predType = p.speakerType() == null ? null : p.speakerType().name();
      if (SpeakerMatcher.sameSpeaker(g.speaker(), g.speakerType(), p.speaker(), predType)) {
        speakerRight++;
      }
      if (g.statementDate() != null) {
        datedMatches++;
        dateRight += g.statementDate().equals(p.statementDate()) ? 1 : 0;
      }
      Set<LocalDate> goldDates = dateSet(g.eventDates());
      Set<LocalDate> predDates = dateSet(p.eventDates());
      matchedGoldEventPairs += goldDates.size();
      matchedPredEventPairs += predDates.size();
      Set<LocalDate> common = new HashSet<>(goldDates);
      common.retainAll(predDates);
      eventPairsRight += common.size();
      Stance predStance = p.stance() == null ? Stance.NONE : p.stance();
      stance[Stance.valueOf(g.stance()).ordinal()][predStance.ordinal()]++;
    }

    ScoreReport report(int articles, int ignoredPredictions) {
      return new ScoreReport(
          new ScoreCounts(articles, goldStatements, goldNotFound, predictions, ignoredPredictions, matched),
          new FMeasure(speakerRight, predictions, goldStatements),
          new Accuracy(dateRight, datedMatches),
          new FMeasure(eventPairsRight, matchedPredEventPairs, matchedGoldEventPairs),
          new FMeasure(eventPairsRight, predEventPairs, goldEventPairs),
          new StanceConfusion(stance),
          warnings);
    }
  }
}
