package dev.parley.api;

/**
 * Told by an extractor which stage of its work it is in ("tokenize", "attribution", "dates",
 * "stance"), so that a caller can bound the time spent in each stage. Called from the thread that
 * does the work; implementations must be cheap and safe to read from another thread.
 */
@FunctionalInterface
public interface StageListener {
  /** A listener that ignores every stage. */
  StageListener NONE = stage -> {};

  /** The work from now on belongs to {@code stage}, until the next call. */
  void enter(String stage);
}
