package dev.parley.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples {@code /proc} every few hundred milliseconds while a run lasts: the driver (the child
 * JVM the benchmark started) and, on a standalone cluster, the executors (the processes the worker
 * starts for the run). Peak resident memory is each process's own high-water mark (VmHWM), so a
 * peak between two samples is not missed; only the last interval before a process exits is.
 */
final class ProcessSampler implements AutoCloseable {
  /** The peak and CPU time of the processes of one role. */
  record Usage(long peakRssBytes, double cpuSeconds, int processes) {
    static final Usage NONE = new Usage(0, 0, 0);
  }

  private final long driverPid;
  private final Long workerPid;
  private final long intervalMillis;
  private final Map<Long, ProcStats> driver = new ConcurrentHashMap<>();
  private final Map<Long, ProcStats> executors = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * @param driverPid the process of the run
   * @param workerPid a standalone worker whose child processes are the run's executors, or null
   */
  ProcessSampler(long driverPid, Long workerPid, long intervalMillis) {
    this.driverPid = driverPid;
    this.workerPid = workerPid;
    this.intervalMillis = intervalMillis;
    this.thread = new Thread(this::loop, "bench-sampler-" + driverPid);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  void sample() {
    record(driver, driverPid);
    if (workerPid != null) {
      ProcessHandle.of(workerPid).ifPresent(w -> w.descendants().forEach(p -> record(executors, p.pid())));
    }
  }

  private static void record(Map<Long, ProcStats> into, long pid) {
    ProcStats s = ProcStats.read(pid);
    if (s != null) {
      into.merge(pid, s, (old, now) -> new ProcStats(Math.max(old.peakRssBytes(), now.peakRssBytes()), now.rssBytes(),
          Math.max(old.cpuSeconds(), now.cpuSeconds())));
    }
  }

  Usage driver() {
    return usage(driver);
  }

  Usage executors() {
    return usage(executors);
  }

  private static Usage usage(Map<Long, ProcStats> stats) {
    if (stats.isEmpty()) {
      return Usage.NONE;
    }
    long peak = 0;
    double cpu = 0;
    for (ProcStats s : new TreeMap<>(stats).values()) {
      peak = Math.max(peak, s.peakRssBytes());
      cpu += s.cpuSeconds();
    }
    return new Usage(peak, Math.round(cpu * 100) / 100.0, stats.size());
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
