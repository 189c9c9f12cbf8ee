package dev.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Argument handling that needs no Spark: help, and one-line errors with exit code 2. */
public class MainTest {
  public record Result(int code, String out, String err) {}

  static Result execute(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void helpListsTheCommands() {
    Result r = execute("--help");
    assertEquals(0, r.code());
    for (String command : new String[] {"run", "show", "score"}) {
      assertTrue(r.out().contains(command), r.out());
    }
    Result run = execute("run", "--help");
    assertTrue(run.out().contains("--published-default") && run.out().contains("--master"), run.out());
  }

  @Test
  void badArgumentsGiveOneLineAndExitTwo() {
    assertOneLineError(execute("run", "--out", "x"), "--input");
    assertOneLineError(execute("frobnicate"), "frobnicate");
    assertOneLineError(execute("run", "--input", "a", "--out", "x", "--published-default", "yesterday"), "yesterday");
    assertOneLineError(execute("show", "dir"), "TABLE");
    assertOneLineError(execute(), "Missing command");
  }

  @Test
  void timingsReportsPercentilesPerArticle() {
    Result r = execute("timings", "--input", "src/test/resources/fixtures/mixed/kcna.jsonl", "--warmup", "0");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*kcna\\.jsonl: 7 articles, per article p50 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms \\(.+\\)\\n"),
        r.out());
    Result none = execute("timings");
    assertEquals(1, none.code());
    assertTrue(none.err().startsWith("parley: Give --input"), none.err());
  }

  private static void assertOneLineError(Result r, String mentioned) {
    assertEquals(2, r.code(), r.err());
    String err = r.err().strip();
    assertTrue(err.startsWith("parley: "), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains(mentioned), err);
  }
}
