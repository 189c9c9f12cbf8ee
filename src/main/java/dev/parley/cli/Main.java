package dev.parley.cli;

import dev.parley.job.Versions;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parley}: the command line. Exit 0 on success, 1 when a run fails, 2 for bad arguments. */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Who said what, when, and in which tone: attributed statements from news at scale.",
    subcommands = {RunCommand.class, ShowCommand.class, ScoreCommand.class, PolnearCommand.class, TimingsCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command (run, show, score)");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code, without exiting (for tests). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler(Main::badArguments);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      PrintWriter err = cmd.getErr();
      err.println("parley: " + oneLine(rootMessage(e)));
      if (Boolean.getBoolean("parley.stacktrace")) {
        e.printStackTrace(err);
      }
      err.flush();
      return 1;
    });
    return cl.execute(args);
  }

  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println("parley: " + oneLine(e.getMessage()) + " (try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return 2;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof java.io.UncheckedIOException)) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static String oneLine(String s) {
    String line = s.replace('\n', ' ').replace('\r', ' ').strip();
    return line.length() > 400 ? line.substring(0, 400) + "..." : line;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"parley " + Versions.parley()};
    }
  }
}
