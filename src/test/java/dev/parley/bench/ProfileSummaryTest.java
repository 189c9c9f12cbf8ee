package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSummaryTest {
  @TempDir Path tmp;

  @Test
  void countsCpuSamplesByComponentAndMethod() throws IOException {
    Path file = tmp.resolve("busy.jfr");
    try (Recording r = new Recording()) {
      r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      r.start();
      long sink = busy(Duration.ofMillis(1_500));
      r.stop();
      r.dump(file);
      assertTrue(sink != 42);
    }
    ProfileSummary.Summary s = ProfileSummary.of(List.of(file));
    assertTrue(s.samples() > 10, "samples: " + s.samples());
    assertEquals("parley.bench", s.byComponent().get(0).name(), s.toString());
    assertTrue(s.topMethods().stream().anyMatch(e -> e.name().equals("dev.parley.bench.ProfileSummaryTest.busy")),
        s.toString());
    assertTrue(ProfileSummary.format(s).contains("parley.bench"));
  }

  @Test
  void openNlpTimeGoesToTheClassParleyCalled() {
    assertEquals("opennlp TokenizerME", ProfileSummary.componentOf(List.of("opennlp.tools.ml.model.UniformPrior",
        "opennlp.tools.ml.maxent.GISModel", "opennlp.tools.tokenize.TokenizerME", "dev.parley.text.TextAnalyzer",
        "dev.parley.pipeline.StatementPipeline")));
    assertEquals("parley.time", ProfileSummary.componentOf(List.of("java.util.regex.Pattern$Curly",
        "dev.parley.time.TimexRules", "dev.parley.pipeline.StatementPipeline")));
    assertEquals("spark", ProfileSummary.componentOf(List.of("org.apache.spark.sql.execution.SortExec", "java.lang.Thread")));
  }

  @Test
  void librariesAreNamedByPackage() {
    assertEquals("parquet", ProfileSummary.library("org.apache.parquet.column.impl.ColumnWriterV1"));
    assertEquals("compression", ProfileSummary.library("java.util.zip.Inflater"));
    assertEquals("spark", ProfileSummary.library("org.apache.spark.sql.catalyst.expressions.UnsafeRow"));
    assertEquals("jdk", ProfileSummary.library("java.util.regex.Pattern$Curly"));
    assertEquals("org.example", ProfileSummary.library("org.example.Thing"));
  }

  private static long busy(Duration d) {
    long end = System.nanoTime() + d.toNanos();
    long x = 0;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 10_000; i++) {
        x = x * 31 + i;
      }
    }
    return x;
  }
}
