package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results file, its checks and its table, on made-up figures. */
class BenchResultsTest {
  @TempDir Path tmp;

  static BenchResults.Run run(String job, double wall, long articles, long driverRss, boolean sameJvm) {
    BenchResults.Memory driver = new BenchResults.Memory(driverRss, 300_000_000L, 200_000_000L, 10.5, 1);
    BenchResults.Memory executor = sameJvm ? driver : new BenchResults.Memory(2_000_000_000L, 1_500_000_000L,
        900_000_000L, 300.0, 1);
    return new BenchResults.Run(job, 0, wall, Bench.perSecond(articles, wall), wall - 15, Bench.perSecond(articles, wall - 15),
        sameJvm ? 10.5 : 310.5, driver, executor, sameJvm, new TreeMap<>(Map.of("2_extract", 1000L)),
        new TreeMap<>(Map.of("articles", articles)),
        job.startsWith("baseline") ? List.of(new WordCountBaseline.WordCount("the", 12)) : null, "/tmp/x");
  }

  static BenchResults.SizeRun size(long articles, double fullWall, double baselineWall, long driverRss) {
    BenchResults.Run full = run("parley", fullWall, articles, driverRss, false);
    BenchResults.Run base = run("baseline-opennlp", baselineWall, articles, 400_000_000L, false);
    SortedMap<String, Double> ratio = new TreeMap<>(Map.of(base.job(),
        Bench.round(full.articlesPerSecond() / base.articlesPerSecond(), 3)));
    CorpusInfo.Quantiles q = new CorpusInfo.Quantiles(200, 700, 2100, 14000, 90000, 1300.5);
    BenchResults.CorpusSummary corpus = new BenchResults.CorpusSummary("/tmp/c", 10, 5_000_000, 14_000_000, 13_000_000,
        q, q, new TreeMap<>(Map.of("reuters21578", articles)), new CorpusInfo.Overlap(0.5, 0, 0, 1.2), 3.5);
    return new BenchResults.SizeRun(Sizes.label(articles), articles, corpus, full, List.of(base), ratio, null);
  }

  static BenchResults results(List<BenchResults.SizeRun> sizes) {
    return new BenchResults(BenchResults.FORMAT, "2026-11-23T22:00:00Z", new BenchResults.Git("abc", false), "0.1.0",
        new BenchResults.Machine(2, 24L << 30, "AMD EPYC", "Linux", "17.0.15", "OpenJDK", "0.5 0.4 0.3", "1.9 1.0 0.5"),
        new BenchResults.Settings("standalone", List.of("-Xmx4g"), "4g", 2, 42, List.of("opennlp"), false, 200),
        Bench.CORPUS_METHOD, sizes, Checks.of(sizes, false));
  }

  @Test
  void writesAndReadsBackTheSameResults() throws IOException {
    BenchResults r = results(List.of(size(10_000, 60, 30, 500_000_000L), size(100_000, 300, 150, 600_000_000L)));
    Path file = tmp.resolve("bench/results.json");
    r.write(file);
    assertEquals(r, BenchResults.read(file));

    JsonNode json = Json.MAPPER.readTree(file.toFile());
    assertEquals(BenchResults.FORMAT, json.get("format").asText());
    JsonNode full = json.get("sizes").get(1).get("full");
    assertEquals(333.3, full.get("articles_per_second").asDouble());
    assertEquals(600_000_000L, full.get("driver").get("peak_rss_bytes").asLong());
    assertEquals(2_000_000_000L, full.get("executor").get("peak_rss_bytes").asLong());
    assertEquals(0.5, json.get("sizes").get(1).get("full_to_baseline").get("baseline-opennlp").asDouble());
    assertTrue(json.get("machine").has("load_average_before"));
    assertTrue(json.get("sizes").get(0).get("corpus").get("overlap").has("max_shared_fraction"));
  }

  @Test
  void checksTheIssueTargets() {
    List<BenchResults.Check> checks = Checks.of(List.of(size(100_000, 300, 150, 600_000_000L),
        size(1_000_000, 3_400, 1_000, 1_000_000_000L)), false);
    Map<String, BenchResults.Check> byName = new TreeMap<>();
    checks.forEach(c -> byName.put(c.name(), c));
    assertEquals(0.5, byName.get("throughput_vs_baseline-opennlp_100k").value());
    assertTrue(byName.get("throughput_vs_baseline-opennlp_100k").note().endsWith("(on CPU time: 1.00)"),
        byName.get("throughput_vs_baseline-opennlp_100k").note());
    assertTrue(byName.get("throughput_vs_baseline-opennlp_100k").met());
    assertFalse(byName.get("throughput_vs_baseline-opennlp_1M").met());
    assertEquals(11.33, byName.get("scaling_100k_to_1M").value());
    assertEquals("<= 11.0", byName.get("scaling_100k_to_1M").target());
    assertFalse(byName.get("scaling_100k_to_1M").met());
    assertEquals(1.67, byName.get("driver_memory_flat_100k_to_1M").value());
    assertFalse(byName.get("driver_memory_flat_100k_to_1M").met());
    assertEquals(333.3, byName.get("articles_per_second_100k").value());
    assertTrue(byName.get("articles_per_second_100k").met());
    assertEquals(5, checks.size());
  }

  @Test
  void aSingleSizeHasNoScalingOrMemoryCheck() {
    List<BenchResults.Check> checks = Checks.of(List.of(size(10_000, 60, 30, 500_000_000L)), false);
    assertEquals(List.of("throughput_vs_baseline-opennlp_10k"), checks.stream().map(BenchResults.Check::name).toList());
  }

  @Test
  void theTableHasOneRowPerJobAndTheChecks() {
    String table = SummaryTable.format(results(List.of(size(10_000, 60, 30, 500_000_000L))));
    assertTrue(table.contains("10k   parley"), table);
    assertTrue(table.contains("10k   baseline-opennlp"), table);
    assertTrue(table.contains("0.50"), table);
    assertTrue(table.contains("check throughput_vs_baseline-opennlp_10k"), table);
    assertTrue(table.lines().anyMatch(l -> l.contains("parley") && l.contains("166.7") && l.contains("2,000")), table);
  }
}
