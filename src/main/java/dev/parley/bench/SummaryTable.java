package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;

/** The results as a plain-text table: one row per size and job, then the checks. */
final class SummaryTable {
  private static final String[] HEADER = {"size", "job", "articles", "wall s", "art/s", "job s", "job art/s", "cpu s",
      "driver RSS MB", "exec RSS MB", "driver heap MB", "exec heap MB", "vs full"};

  private SummaryTable() {}

  static String format(BenchResults r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (BenchResults.SizeRun s : r.sizes()) {
      rows.add(row(s, s.full(), ""));
      for (BenchResults.Run b : s.baselines()) {
        Double ratio = s.fullToBaseline().get(b.job());
        rows.add(row(s, b, ratio == null ? "" : String.format("%.2f", ratio)));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("%nbench: %s, %s, %d cores, java %s, load %s -> %s%n", r.settings().cluster(),
        String.join(" ", r.settings().javaOptions()), r.machine().cores(), r.machine().javaVersion(),
        r.machine().loadAverageBefore(), r.machine().loadAverageAfter()));
    out.append(table(rows));
    out.append("(wall: the child JVM's life; job: the job's own timer; cpu: driver and executor CPU time; "
        + "heap: most in use after a GC; vs full: the full job's articles/s over that baseline's, wall)\n");
    for (BenchResults.Check c : r.checks()) {
      out.append(String.format("check %-40s %-8s %-10s %s%n", c.name(), c.target(),
          c.value() == null ? "-" : String.valueOf(c.value()), c.met() == null ? "n/a" : c.met() ? "met" : "NOT MET"));
    }
    return out.toString();
  }

  private static String[] row(BenchResults.SizeRun s, BenchResults.Run run, String ratio) {
    boolean same = run.sameJvm();
    return new String[] {s.label(), run.job(), String.format("%,d", s.articles()), String.format("%.1f", run.wallSeconds()),
        String.format("%.1f", run.articlesPerSecond()), String.format("%.1f", run.jobSeconds()),
        String.format("%.1f", run.jobArticlesPerSecond()), String.format("%.1f", run.cpuSeconds()),
        mb(run.driver().peakRssBytes()),
        same ? "(same)" : mb(run.executor().peakRssBytes()), mb(run.driver().maxHeapAfterGcBytes()),
        same ? "(same)" : mb(run.executor().maxHeapAfterGcBytes()), ratio};
  }

  private static String mb(long bytes) {
    return String.format("%,.0f", bytes / 1e6);
  }

  static String table(List<String[]> rows) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        String cell = i < 2 ? String.format("%-" + width[i] + "s", row[i]) : String.format("%" + width[i] + "s", row[i]);
        b.append(i == 0 ? "" : "  ").append(cell);
      }
      b.append('\n');
    }
    return b.toString();
  }
}
