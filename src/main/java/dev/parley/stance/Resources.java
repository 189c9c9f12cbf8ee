package dev.parley.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the package's line-oriented resource files: '#' starts a comment line, blanks skipped. */
final class Resources {
  private Resources() {}

  /** A non-comment line and its 1-based number, for error messages. */
  record Line(int number, String text) {}

  static List<Line> lines(Reader reader, String name) {
    List<Line> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(reader)) {
      String s;
      int n = 0;
      while ((s = in.readLine()) != null) {
        n++;
        String t = s.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          lines.add(new Line(n, t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return lines;
  }

  static List<Line> lines(String resource) {
    InputStream in = Resources.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Resource " + resource + " is not on the class path");
    }
    return lines(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
  }

  /** Splits "KEY<TAB>value" (the value may contain spaces). */
  static String[] keyValue(Line line, String name) {
    int tab = line.text().indexOf('\t');
    if (tab < 0) {
      throw new IllegalArgumentException(
          name + " line " + line.number() + ": expected KEY<TAB>value, got '" + line.text() + "'");
    }
    return new String[] {line.text().substring(0, tab).strip(), line.text().substring(tab + 1).strip()};
  }
}
