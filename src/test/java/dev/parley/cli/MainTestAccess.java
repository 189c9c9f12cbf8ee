package dev.parley.cli;

/** Lets tests of other packages run the command line and read what it printed. */
public final class MainTestAccess {
  private MainTestAccess() {}

  public static MainTest.Result execute(String... args) {
    return MainTest.execute(args);
  }
}
