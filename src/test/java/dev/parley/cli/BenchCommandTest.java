package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code parley bench} arguments; the benchmark itself is tested in dev.parley.bench. */
class BenchCommandTest {
  @Test
  void helpNamesTheSubcommands() {
    MainTest.Result r = MainTest.execute("bench", "--help");
    assertEquals(0, r.code());
    for (String s : new String[] {"--sizes", "--cluster", "--jfr", "corpus", "baseline", "profile"}) {
      assertTrue(r.out().contains(s), r.out());
    }
  }

  @Test
  void badArgumentsGiveOneLineAndExitTwo() {
    for (String[] args : new String[][] {{"bench", "--sizes", "10q"}, {"bench", "--cluster", "yarn"},
        {"bench", "--tokenizers", "spacy"}}) {
      MainTest.Result r = MainTest.execute(args);
      assertEquals(2, r.code(), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("parley: Invalid"), r.err());
    }
  }
}
