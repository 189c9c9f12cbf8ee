package dev.parley.job;

import dev.parley.api.Article;
import dev.parley.api.Extraction;
import dev.parley.api.StageListener;
import dev.parley.api.Statement;
import dev.parley.api.StatementExtractor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an extractor on one article at a time in a worker thread and gives up on an article that
 * takes longer than its budget, so that one pathological text cannot hold a task forever. There
 * are two budgets: one for the whole article and one for each stage the extractor reports
 * through a {@link StageListener} (time in a stage adds up over the article). The stages are
 * written not to backtrack (tests check adversarial texts), so this is a safety net: a worker
 * that overran is interrupted and left behind, and a fresh one (with a fresh extractor) takes
 * the next article.
 */
final class TimedExtractor implements AutoCloseable {
  /** The statements of an article and how many it holds, or why there are none. */
  record Outcome(List<Statement> statements, int found, String status) {
    static Outcome failed(String status) {
      return new Outcome(List.of(), 0, status);
    }
  }

  /** Status prefix of an article that ran out of time; the rest names the budget. */
  static final String TIMEOUT_PREFIX = "timeout:";
  /** Status of an article over the whole-article budget. */
  static final String TIMEOUT = TIMEOUT_PREFIX + "extract";

  private final ExtractorFactory factory;
  private final long articleBudgetMillis;
  private final long stageBudgetMillis;
  private final int maxStatements;
  private ExecutorService worker;
  private StatementExtractor extractor;

  TimedExtractor(ExtractorFactory factory, ExtractLimits limits) {
    this.factory = factory;
    this.articleBudgetMillis = limits.articleBudgetMillis();
    this.stageBudgetMillis = limits.stageBudgetMillis();
    this.maxStatements = limits.maxStatementsPerArticle();
  }

  Outcome extract(Article article) {
    if (worker == null) {
      worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-extract");
        t.setDaemon(true);
        return t;
      });
      extractor = factory.create();
    }
    StatementExtractor current = extractor;
    StageClock clock = new StageClock();
    long articleDeadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(articleBudgetMillis);
    Future<Extraction> result = worker.submit(() -> current.extract(article, clock, maxStatements));
    try {
      while (true) {
        long now = System.nanoTime();
        long stageLeft = TimeUnit.MILLISECONDS.toNanos(stageBudgetMillis) - clock.spentInCurrent(now);
        long articleLeft = articleDeadline - now;
        if (stageLeft <= 0 || articleLeft <= 0) {
          result.cancel(true);
          abandonWorker();
          return Outcome.failed(articleLeft <= 0 ? TIMEOUT : TIMEOUT_PREFIX + clock.current().stage());
        }
        try {
          Extraction done = result.get(Math.min(stageLeft, articleLeft), TimeUnit.NANOSECONDS);
          return new Outcome(done.statements(), done.found(), null);
        } catch (TimeoutException e) {
          // A budget ran out, or the worker moved to another stage meanwhile: look again.
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return Outcome.failed("error:" + cause.getClass().getSimpleName() + ": "
          + String.valueOf(cause.getMessage()).replace('\n', ' '));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("extraction interrupted", e);
    }
  }

  private void abandonWorker() {
    worker.shutdownNow();
    worker = null;
    extractor = null;
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  /**
   * Time per stage of one article. The worker writes; the caller reads the current stage, which
   * is published as one immutable value.
   */
  static final class StageClock implements StageListener {
    /** The stage the worker is in, the time it entered it and the time spent in it before. */
    record Current(String stage, long enteredNanos, long spentBeforeNanos) {}

    private final Map<String, Long> spent = new HashMap<>();
    private volatile Current current = new Current("start", System.nanoTime(), 0);

    @Override
    public void enter(String stage) {
      Current was = current;
      if (was.stage().equals(stage)) {
        return;
      }
      long now = System.nanoTime();
      spent.merge(was.stage(), now - was.enteredNanos(), Long::sum);
      current = new Current(stage, now, spent.getOrDefault(stage, 0L));
    }

    Current current() {
      return current;
    }

    /** Nanoseconds spent in the current stage over the whole article, as of {@code now}. */
    long spentInCurrent(long now) {
      Current c = current;
      return c.spentBeforeNanos() + now - c.enteredNanos();
    }
  }
}
