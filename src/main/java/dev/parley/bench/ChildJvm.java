package dev.parley.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Starts Java processes like this one (same {@code java}, same class path) with Spark's own
 * {@code --add-opens} list, and measures a run: wall time, peak memory and CPU of the driver and
 * executors ({@link ProcessSampler}), heap from the GC logs ({@link GcLog}).
 */
final class ChildJvm {
  /** One finished run of a child JVM. */
  record Measured(int exitCode, double wallSeconds, ProcessSampler.Usage driver, ProcessSampler.Usage executors,
      GcLog driverHeap, GcLog executorHeap, Path dir) {}

  private final String java;
  private final String classPath;

  ChildJvm(String java, String classPath) {
    this.java = java;
    this.classPath = classPath;
  }

  /** The {@code java} and class path of the running JVM, as absolute paths. */
  static ChildJvm current() {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(s -> !s.isEmpty())
        .map(s -> s.endsWith("*") ? Path.of(s.substring(0, s.length() - 1)).toAbsolutePath() + File.separator + "*"
            : Path.of(s).toAbsolutePath().toString())
        .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
    return new ChildJvm(java, cp);
  }

  String classPath() {
    return classPath;
  }

  /** {@code java <options> <Spark's module options> -cp <class path> <main> <args>}. */
  List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmOptions);
    cmd.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /** Starts a process with output to {@code <dir>/stdout.log} and {@code stderr.log}, and 127.0.0.1 for Spark. */
  static Process start(List<String> command, Map<String, String> env, Path dir) {
    try {
      Files.createDirectories(dir);
      ProcessBuilder pb = new ProcessBuilder(command)
          .redirectOutput(dir.resolve("stdout.log").toFile())
          .redirectError(dir.resolve("stderr.log").toFile());
      pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
      pb.environment().putAll(env);
      Files.writeString(dir.resolve("command.txt"), String.join(" ", command) + "\n");
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code command} to its end in {@code dir}, sampling it (and the worker's executors when
   * {@code workerPid} is given). The GC logs are {@code gc-driver.log} and {@code gc-executor-*.log}
   * there, where the caller's options asked the JVMs to write them.
   */
  static Measured run(List<String> command, Map<String, String> env, Path dir, Long workerPid, long intervalMillis) {
    long started = System.nanoTime();
    Process p = start(command, env, dir);
    int exit;
    ProcessSampler.Usage driver;
    ProcessSampler.Usage executors;
    try (ProcessSampler sampler = new ProcessSampler(p.pid(), workerPid, intervalMillis)) {
      exit = p.waitFor();
      sampler.sample();
      driver = sampler.driver();
      executors = sampler.executors();
    } catch (InterruptedException e) {
      p.destroy();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + dir, e);
    }
    double wall = Math.round((System.nanoTime() - started) / 1e7) / 100.0;
    return new Measured(exit, wall, driver, executors, GcLog.read(List.of(dir.resolve("gc-driver.log"))),
        GcLog.read(executorLogs(dir)), dir);
  }

  private static List<Path> executorLogs(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("gc-executor-")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of a run's standard error, for a message when it failed. */
  static String tail(Path dir, int lines) {
    try {
      List<String> all = Files.readAllLines(dir.resolve("stderr.log"));
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
