package dev.parley;

import java.nio.file.Path;

/**
 * Where the shared evaluation corpora are: {@code -Dparley.eval.dir} (the build sets it to
 * {@code ../shared/eval} beside the checkout), else that same relative path. Tests that need them
 * skip themselves where they are absent.
 */
public final class EvalData {
  private EvalData() {}

  public static Path dir(String corpus) {
    return Path.of(System.getProperty("parley.eval.dir", "../shared/eval"), corpus);
  }
}
