package dev.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Heap figures from the JVM's own GC log ({@code -Xlog:gc:file=...}): each collection prints the
 * heap in use before and after it and the heap reserved, as in
 * {@code GC(3) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 3.456ms}.
 *
 * @param peakUsedBytes the most heap in use when a collection started
 * @param maxAfterGcBytes the most heap still in use after a collection: a bound on live data
 * @param maxCommittedBytes the largest heap the JVM reserved
 * @param collections how many collections the logs hold
 */
record GcLog(long peakUsedBytes, long maxAfterGcBytes, long maxCommittedBytes, int collections) {
  static final GcLog NONE = new GcLog(0, 0, 0, 0);
  private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  /** The figures over all the given log files (several processes of one role); NONE when there are none. */
  static GcLog read(List<Path> files) {
    GcLog total = NONE;
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      try (Stream<String> lines = Files.lines(f)) {
        for (String line : (Iterable<String>) lines::iterator) {
          total = total.with(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read GC log " + f + ": " + e.getMessage(), e);
      }
    }
    return total;
  }

  GcLog with(String line) {
    if (!line.contains("Pause")) {
      return this;
    }
    Matcher m = HEAP.matcher(line);
    if (!m.find()) {
      return this;
    }
    return new GcLog(Math.max(peakUsedBytes, bytes(m.group(1), m.group(2))),
        Math.max(maxAfterGcBytes, bytes(m.group(3), m.group(4))),
        Math.max(maxCommittedBytes, bytes(m.group(5), m.group(6))), collections + 1);
  }

  private static long bytes(String number, String unit) {
    long n = Long.parseLong(number);
    return switch (unit) {
      case "K" -> n << 10;
      case "M" -> n << 20;
      default -> n << 30;
    };
  }
}
