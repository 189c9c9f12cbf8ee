/**
 * The benchmark: synthetic corpora of any size built from the real ones in {@code ../shared/eval}
 * ({@link dev.parley.bench.CorpusBuilder}), the full job and a word-count baseline run as child
 * JVMs with their peak memory sampled from {@code /proc} ({@link dev.parley.bench.Bench}), and
 * the results as JSON ({@link dev.parley.bench.BenchResults}).
 *
 * <p>Nothing here is used by the job; it calls the job only through its command line.
 */
package dev.parley.bench;
