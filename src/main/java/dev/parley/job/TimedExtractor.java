package dev.parley.job;

import dev.parley.api.Article;
import dev.parley.api.Statement;
import dev.parley.api.StatementExtractor;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs an extractor on one article at a time in a worker thread and gives up on an article that
 * takes longer than its budget, so that one pathological text cannot hold a task forever. The
 * stages are written not to backtrack (tests check adversarial texts), so this is a safety net:
 * a worker that overran is interrupted and left behind, and a fresh one (with a fresh extractor)
 * takes the next article.
 */
final class TimedExtractor implements AutoCloseable {
  /** The statements of an article, or why there are none. */
  record Outcome(List<Statement> statements, String status) {}

  static final String TIMEOUT = "timeout:extract";

  private final ExtractorFactory factory;
  private final long budgetMillis;
  private ExecutorService worker;
  private StatementExtractor extractor;

  TimedExtractor(ExtractorFactory factory, long budgetMillis) {
    this.factory = factory;
    this.budgetMillis = budgetMillis;
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
    Future<List<Statement>> result = worker.submit(() -> current.extract(article));
    try {
      return new Outcome(result.get(budgetMillis, TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      result.cancel(true);
      abandonWorker();
      return new Outcome(List.of(), TIMEOUT);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return new Outcome(List.of(), "error:" + cause.getClass().getSimpleName() + ": "
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
}
