package dev.parley.job;

import dev.parley.ingest.InputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the run's inputs (files, directories walked recursively, globs) into a sorted list of
 * files Parley reads. Only file names are held on the driver, never contents. Inside directories
 * and globs, files of other forms (README.md, SOURCE.md) and hidden files are skipped and listed
 * in the manifest; a file named explicitly must be of a supported form.
 */
public final class InputLister {
  /** The files to read, and those passed over with the reason. */
  public record Listing(List<InputFile> files, List<String> skipped) {}

  private InputLister() {}

  public static Listing list(List<String> inputs, Configuration conf) {
    TreeMap<String, InputFile> files = new TreeMap<>();
    List<String> skipped = new ArrayList<>();
    for (String input : inputs) {
      try {
        expand(input, conf, files, skipped);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No input files found in " + String.join(", ", inputs)
          + " (expected .jsonl, .jsonl.gz, .txt or .csv files)");
    }
    List<InputFile> ordered = new ArrayList<>();
    for (InputFile f : files.values()) {
      ordered.add(new InputFile(ordered.size(), f.path(), f.format(), f.bytes()));
    }
    return new Listing(ordered, skipped.stream().sorted().toList());
  }

  private static void expand(String input, Configuration conf, TreeMap<String, InputFile> out, List<String> skipped)
      throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    FileStatus[] matches = fs.globStatus(path);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException("Input not found: " + input);
    }
    boolean explicit = matches.length == 1 && !hasGlob(input);
    for (FileStatus match : matches) {
      if (match.isDirectory()) {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
        while (it.hasNext()) {
          add(it.next(), false, out, skipped);
        }
      } else {
        add(match, explicit, out, skipped);
      }
    }
  }

  private static void add(FileStatus status, boolean explicit, TreeMap<String, InputFile> out, List<String> skipped) {
    String name = status.getPath().getName();
    String path = status.getPath().toString();
    if (hiddenInWalk(status.getPath()) && !explicit) {
      skipped.add(path + " (hidden)");
      return;
    }
    Optional<InputFormat> format = InputFormat.of(name);
    if (format.isEmpty()) {
      if (explicit) {
        throw new IllegalArgumentException(
            "Unsupported input file " + path + " (expected .jsonl, .jsonl.gz, .txt or .csv)");
      }
      skipped.add(path + " (not an input form)");
      return;
    }
    out.putIfAbsent(path, new InputFile(-1, path, format.get(), status.getLen()));
  }

  private static boolean hiddenInWalk(Path path) {
    String name = path.getName();
    return name.startsWith(".") || name.startsWith("_");
  }

  private static boolean hasGlob(String input) {
    return input.indexOf('*') >= 0 || input.indexOf('?') >= 0 || input.indexOf('[') >= 0 || input.indexOf('{') >= 0;
  }
}
