package dev.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Article;
import dev.parley.api.DateBasis;
import dev.parley.api.Extraction;
import dev.parley.api.SpeakerType;
import dev.parley.api.StageListener;
import dev.parley.api.Stance;
import dev.parley.api.Statement;
import dev.parley.api.StatementExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedExtractorTest {
  private static final Article ARTICLE = Article.of("a1", LocalDate.of(2024, 11, 8), "Pyongyang said so.");
  private static final Statement STATEMENT = new Statement("a1", 0, "KCNA", "KCNA", SpeakerType.MEDIA, "PRK",
      "said", "so", 15, 17, false, LocalDate.of(2024, 11, 8), DateBasis.PUBLISHED, List.of(), Stance.NONE, List.of(), null);

  @Test
  void ordinaryArticlesPassThrough() {
    try (TimedExtractor t = new TimedExtractor(() -> article -> List.of(STATEMENT), limits(5_000, 5_000))) {
      TimedExtractor.Outcome o = t.extract(ARTICLE);
      assertEquals(List.of(STATEMENT), o.statements());
      assertNull(o.status());
    }
  }

  @Test
  void anArticleOverItsBudgetIsFlaggedAndTheNextOneStillRuns() {
    AtomicInteger created = new AtomicInteger();
    ExtractorFactory factory = () -> {
      created.incrementAndGet();
      return article -> {
        if (article.id().equals("slow")) {
          // Spins without looking at interrupts, like a runaway pattern would, for far longer than
          // the budget (but not forever, so as not to slow the rest of the suite).
          long until = System.nanoTime() + 3_000_000_000L;
          while (System.nanoTime() < until) {
            Math.sqrt(System.nanoTime());
          }
        }
        return List.of(STATEMENT);
      };
    };
    try (TimedExtractor t = new TimedExtractor(factory, limits(200, 5_000))) {
      TimedExtractor.Outcome slow = t.extract(Article.of("slow", null, "text"));
      assertEquals(TimedExtractor.TIMEOUT, slow.status());
      assertTrue(slow.statements().isEmpty());
      TimedExtractor.Outcome next = t.extract(ARTICLE);
      assertNull(next.status());
      assertEquals(1, next.statements().size());
      assertEquals(2, created.get(), "the overrun worker and its extractor are replaced");
    }
  }

  @Test
  void aFailingArticleIsFlaggedWithItsError() {
    try (TimedExtractor t = new TimedExtractor(() -> article -> {
      throw new IllegalStateException("broken\nrule");
    }, limits(5_000, 5_000))) {
      TimedExtractor.Outcome o = t.extract(ARTICLE);
      assertEquals("error:IllegalStateException: broken rule", o.status());
      assertTrue(o.statements().isEmpty());
    }
  }

  @Test
  void aStageOverItsBudgetIsNamed() {
    StatementExtractor stuckInAttribution = stepping(article -> List.of("attribution"), 3_000);
    try (TimedExtractor t = new TimedExtractor(() -> stuckInAttribution, limits(10_000, 200))) {
      TimedExtractor.Outcome o = t.extract(ARTICLE);
      assertEquals("timeout:attribution", o.status());
      assertTrue(o.statements().isEmpty());
    }
  }

  @Test
  void timeInAStageAddsUpOverTheArticleButStagesHaveTheirOwnBudget() {
    // Three stages of 250 ms each pass a 400 ms stage budget; returning to a stage adds to its time.
    StatementExtractor steps = stepping(article -> article.id().equals("back")
        ? List.of("dates", "stance", "dates") : List.of("tokenize", "attribution", "dates"), 250);
    try (TimedExtractor t = new TimedExtractor(() -> steps, limits(10_000, 400))) {
      assertNull(t.extract(ARTICLE).status());
      assertEquals("timeout:dates", t.extract(Article.of("back", null, "text")).status());
    }
  }

  /** An extractor that goes through the given stages, busy for {@code millis} in each. */
  private static StatementExtractor stepping(Function<Article, List<String>> stagesOf, long millis) {
    return new StatementExtractor() {
      @Override
      public List<Statement> extract(Article article) {
        return extract(article, StageListener.NONE, 1).statements();
      }

      @Override
      public Extraction extract(Article article, StageListener stages, int maxStatements) {
        for (String stage : stagesOf.apply(article)) {
          stages.enter(stage);
          spin(millis);
        }
        return new Extraction(List.of(STATEMENT), 1);
      }
    };
  }

  @Test
  void statementsPastTheCapAreCountedNotKept() {
    StatementExtractor three = article -> List.of(STATEMENT, STATEMENT, STATEMENT);
    try (TimedExtractor t = new TimedExtractor(() -> three, new ExtractLimits(2, 5_000, 5_000))) {
      TimedExtractor.Outcome o = t.extract(ARTICLE);
      assertEquals(2, o.statements().size());
      assertEquals(3, o.found());
    }
  }

  private static ExtractLimits limits(long articleMillis, long stageMillis) {
    return new ExtractLimits(1_000, articleMillis, stageMillis);
  }

  /** Busy for {@code millis} without looking at interrupts, like a runaway pattern. */
  private static void spin(long millis) {
    long until = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < until) {
      Math.sqrt(System.nanoTime());
    }
  }
}
