package dev.parley.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Article;
import dev.parley.api.DateBasis;
import dev.parley.api.SpeakerType;
import dev.parley.api.Stance;
import dev.parley.api.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TimedExtractorTest {
  private static final Article ARTICLE = Article.of("a1", LocalDate.of(2024, 11, 8), "Pyongyang said so.");
  private static final Statement STATEMENT = new Statement("a1", 0, "KCNA", "KCNA", SpeakerType.MEDIA, "PRK",
      "said", "so", 15, 17, false, LocalDate.of(2024, 11, 8), DateBasis.PUBLISHED, List.of(), Stance.NONE, List.of(), null);

  @Test
  void ordinaryArticlesPassThrough() {
    try (TimedExtractor t = new TimedExtractor(() -> article -> List.of(STATEMENT), 5_000)) {
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
    try (TimedExtractor t = new TimedExtractor(factory, 200)) {
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
    }, 5_000)) {
      TimedExtractor.Outcome o = t.extract(ARTICLE);
      assertEquals("error:IllegalStateException: broken rule", o.status());
      assertTrue(o.statements().isEmpty());
    }
  }
}
