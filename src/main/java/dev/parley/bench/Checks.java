package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The targets, checked on a benchmark's figures (all on wall time, start-up included):
 *
 * <ul>
 *   <li>the full job's articles/s at least half of each baseline's, per size;
 *   <li>from one size to the next, time grows at most 1.1 times the size (100k to 1M: 11 times);
 *   <li>the driver's peak RSS flat as input grows: largest size at most 1.5 times the smallest;
 *   <li>at least 300 articles/s in the 100k run.
 * </ul>
 */
final class Checks {
  static final double MIN_BASELINE_RATIO = 0.5;
  static final double MAX_SCALING_SLACK = 1.1;
  static final double MAX_DRIVER_GROWTH = 1.5;
  static final double MIN_ARTICLES_PER_SECOND_100K = 300;

  private Checks() {}

  static List<BenchResults.Check> of(List<BenchResults.SizeRun> sizes, boolean local) {
    List<BenchResults.Check> checks = new ArrayList<>();
    for (BenchResults.SizeRun s : sizes) {
      for (BenchResults.Run b : s.baselines()) {
        Double ratio = s.fullToBaseline().get(b.job());
        String cpu = s.full().cpuSeconds() <= 0 ? "" : String.format(" (on CPU time: %.2f)", b.cpuSeconds() / s.full().cpuSeconds());
        checks.add(new BenchResults.Check("throughput_vs_" + b.job() + "_" + s.label(), ">= " + MIN_BASELINE_RATIO,
            ratio, ratio == null ? null : ratio >= MIN_BASELINE_RATIO,
            "full job articles/s over the baseline's, wall time" + cpu));
      }
    }
    for (int i = 1; i < sizes.size(); i++) {
      BenchResults.SizeRun a = sizes.get(i - 1);
      BenchResults.SizeRun b = sizes.get(i);
      if (b.articles() <= a.articles() || a.full().wallSeconds() <= 0) {
        continue;
      }
      double limit = Bench.round(MAX_SCALING_SLACK * b.articles() / a.articles(), 2);
      double factor = Bench.round(b.full().wallSeconds() / a.full().wallSeconds(), 2);
      checks.add(new BenchResults.Check("scaling_" + a.label() + "_to_" + b.label(), "<= " + limit, factor,
          factor <= limit, "wall time of the larger run over the smaller's"));
    }
    if (sizes.size() > 1) {
      BenchResults.SizeRun small = sizes.stream().min((x, y) -> Long.compare(x.articles(), y.articles())).orElseThrow();
      BenchResults.SizeRun large = sizes.stream().max((x, y) -> Long.compare(x.articles(), y.articles())).orElseThrow();
      if (large.articles() > small.articles() && small.full().driver().peakRssBytes() > 0) {
        double growth = Bench.round((double) large.full().driver().peakRssBytes() / small.full().driver().peakRssBytes(), 2);
        String note = String.format("driver peak RSS %s: %.0f MB, %s: %.0f MB; heap after GC at most %.0f MB and %.0f MB%s",
            small.label(), small.full().driver().peakRssBytes() / 1e6, large.label(), large.full().driver().peakRssBytes() / 1e6,
            small.full().driver().maxHeapAfterGcBytes() / 1e6, large.full().driver().maxHeapAfterGcBytes() / 1e6,
            local ? " (local mode: the driver JVM is also the executor)" : "");
        checks.add(new BenchResults.Check("driver_memory_flat_" + small.label() + "_to_" + large.label(),
            "<= " + MAX_DRIVER_GROWTH, growth, growth <= MAX_DRIVER_GROWTH, note));
      }
    }
    for (BenchResults.SizeRun s : sizes) {
      if (s.articles() == 100_000) {
        double aps = s.full().articlesPerSecond();
        checks.add(new BenchResults.Check("articles_per_second_100k", ">= " + (int) MIN_ARTICLES_PER_SECOND_100K, aps,
            aps >= MIN_ARTICLES_PER_SECOND_100K, "full job, wall time"));
      }
    }
    return checks;
  }
}
