package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a JDK Flight Recorder file says dominates: the CPU samples ({@code jdk.ExecutionSample})
 * counted by their top method (self time) and by component. A sample's component is that of the
 * topmost frame in Parley's or OpenNLP's code, so a regular expression run by the date tagger
 * counts as {@code parley.time} and OpenNLP's model evaluation counts under the OpenNLP class
 * Parley called; samples with no such frame go by their top frame's library (Spark, Parquet,
 * gzip, JDK).
 */
public final class ProfileSummary {
  /** Samples per method or component, largest first, with their share of all samples. */
  public record Summary(
      @JsonProperty("file") String file,
      @JsonProperty("samples") long samples,
      @JsonProperty("by_component") List<Entry> byComponent,
      @JsonProperty("top_methods") List<Entry> topMethods) {}

  public record Entry(@JsonProperty("name") String name, @JsonProperty("samples") long samples,
      @JsonProperty("share") double share) {}

  private static final int TOP = 25;
  private static final double MIN_SHARE = 0.005;

  private ProfileSummary() {}

  public static Summary of(List<Path> files) {
    Map<String, Long> methods = new HashMap<>();
    Map<String, Long> components = new HashMap<>();
    long samples = 0;
    for (Path file : files) {
      try (RecordingFile in = new RecordingFile(file)) {
        while (in.hasMoreEvents()) {
          RecordedEvent e = in.readEvent();
          if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
            continue;
          }
          RecordedStackTrace stack = e.getStackTrace();
          if (stack == null || stack.getFrames().isEmpty()) {
            continue;
          }
          samples++;
          List<RecordedFrame> frames = stack.getFrames();
          methods.merge(method(frames.get(0)), 1L, Long::sum);
          components.merge(component(frames), 1L, Long::sum);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read JFR file " + file + ": " + e.getMessage(), e);
      }
    }
    return new Summary(files.size() == 1 ? files.get(0).toString() : files.toString(), samples,
        withOther(top(components, samples, Integer.MAX_VALUE), samples), top(methods, samples, TOP));
  }

  private static String method(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  /**
   * The sample's component: the Parley package of its topmost Parley frame, or for OpenNLP code
   * the OpenNLP class Parley called ({@code opennlp TokenizerME}), else the top frame's library.
   */
  static String component(List<RecordedFrame> frames) {
    return componentOf(frames.stream().map(f -> f.getMethod().getType().getName()).toList());
  }

  /** The component of a stack given as its classes, top first. */
  static String componentOf(List<String> classes) {
    for (int i = 0; i < classes.size(); i++) {
      String cls = classes.get(i);
      if (cls.startsWith("opennlp.")) {
        int j = i;
        while (j + 1 < classes.size() && classes.get(j + 1).startsWith("opennlp.")) {
          j++;
        }
        String entry = classes.get(j);
        return "opennlp " + entry.substring(entry.lastIndexOf('.') + 1);
      }
      if (cls.startsWith("dev.parley.")) {
        String rest = cls.substring("dev.parley.".length());
        int dot = rest.indexOf('.');
        return "parley." + (dot < 0 ? rest : rest.substring(0, dot));
      }
    }
    return library(classes.get(0));
  }

  static String library(String cls) {
    if (cls.startsWith("org.apache.parquet.") || cls.startsWith("shaded.parquet.")) {
      return "parquet";
    }
    if (cls.startsWith("java.util.zip.") || cls.startsWith("org.xerial.snappy.")) {
      return "compression";
    }
    if (cls.startsWith("com.fasterxml.jackson.")) {
      return "jackson";
    }
    if (cls.startsWith("org.apache.spark.") || cls.startsWith("scala.")) {
      return "spark";
    }
    if (cls.startsWith("org.apache.hadoop.")) {
      return "hadoop";
    }
    if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
      return "jdk";
    }
    int dot = cls.lastIndexOf('.');
    return dot < 0 ? cls : cls.substring(0, dot);
  }

  /** The entries of at least {@value #MIN_SHARE} of the samples, and the rest as one "other" entry. */
  private static List<Entry> withOther(List<Entry> entries, long total) {
    List<Entry> out = new java.util.ArrayList<>(entries.stream().filter(e -> e.share() >= MIN_SHARE).toList());
    long rest = entries.stream().filter(e -> e.share() < MIN_SHARE).mapToLong(Entry::samples).sum();
    if (rest > 0) {
      out.add(new Entry("other", rest, Math.round(rest * 1000.0 / total) / 1000.0));
    }
    return out;
  }

  private static List<Entry> top(Map<String, Long> counts, long total, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new Entry(e.getKey(), e.getValue(), total == 0 ? 0 : Math.round(e.getValue() * 1000.0 / total) / 1000.0))
        .toList();
  }

  public static String format(Summary s) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("profile %s: %,d CPU samples%n  by component:%n", s.file(), s.samples()));
    for (Entry e : s.byComponent()) {
      b.append(String.format("    %5.1f%%  %s%n", e.share() * 100, e.name()));
    }
    b.append("  top methods (self):\n");
    for (Entry e : s.topMethods()) {
      b.append(String.format("    %5.1f%%  %s%n", e.share() * 100, e.name()));
    }
    return b.toString();
  }
}
