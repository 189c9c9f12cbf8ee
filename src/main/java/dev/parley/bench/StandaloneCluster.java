package dev.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-machine Spark standalone cluster started from the Maven jars alone (no Spark download):
 * a Master and one Worker, each a child JVM on 127.0.0.1, so that a run's driver and executor are
 * separate processes with separate memory. The worker needs a SPARK_HOME (an empty {@code jars/}
 * is enough), {@code SPARK_SCALA_VERSION} and {@code SPARK_DIST_CLASSPATH} naming the jars, which
 * executors then start with.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final Process master;
  private final Process worker;
  private final String url;

  private StandaloneCluster(Process master, Process worker, String url) {
    this.master = master;
    this.worker = worker;
    this.url = url;
  }

  /** Starts the cluster with {@code cores} and {@code memory} (as Spark writes it: 4g) for executors. */
  static StandaloneCluster start(ChildJvm jvm, Path dir, int cores, String memory) {
    try {
      Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
      Files.createDirectories(sparkHome.resolve("jars"));
      Path workDir = Files.createDirectories(dir.resolve("worker"));
      int port = freePort();
      int masterUi = freePort();
      int workerUi = freePort();
      List<String> daemonOptions = List.of("-Xmx512m");
      Process master = ChildJvm.start(jvm.command(daemonOptions, "org.apache.spark.deploy.master.Master",
          List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(masterUi))),
          Map.of(), dir.resolve("master"));
      String url = "spark://127.0.0.1:" + port;
      Process worker = ChildJvm.start(jvm.command(daemonOptions, "org.apache.spark.deploy.worker.Worker",
              List.of("--host", "127.0.0.1", "--cores", Integer.toString(cores), "--memory", memory,
                  "--work-dir", workDir.toString(), "--webui-port", Integer.toString(workerUi), url)),
          Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
              "SPARK_DIST_CLASSPATH", jvm.classPath()),
          dir.resolve("worker-daemon"));
      StandaloneCluster cluster = new StandaloneCluster(master, worker, url);
      try {
        cluster.awaitWorker(masterUi);
      } catch (RuntimeException e) {
        cluster.close();
        throw e;
      }
      return cluster;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a standalone cluster in " + dir + ": " + e.getMessage(), e);
    }
  }

  String url() {
    return url;
  }

  long workerPid() {
    return worker.pid();
  }

  /** Waits until no executor of an earlier run is left under the worker. */
  void awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (worker.toHandle().descendants().findAny().isPresent() && System.nanoTime() < deadline) {
      sleep(250);
    }
  }

  private void awaitWorker(int masterUi) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!master.isAlive() || !worker.isAlive()) {
        throw new IllegalStateException("The standalone " + (master.isAlive() ? "worker" : "master")
            + " exited at start-up; see its logs under the bench work folder");
      }
      try {
        Matcher m = ALIVE_WORKERS.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        if (m.find() && Integer.parseInt(m.group(1)) > 0) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while starting the cluster", e);
      }
      sleep(500);
    }
    throw new IllegalStateException("No worker registered with the standalone master within " + START_TIMEOUT.toSeconds() + " s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    for (Process p : List.of(worker, master)) {
      p.toHandle().descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      try {
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
