package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a real article into paragraphs the way its corpus writes them, and remembers that way so
 * a synthetic article built from the same corpus can be joined back alike: a blank line (KCNA
 * 2011-2012), a line break before an indented line (Reuters-21578, whose lines are also wrapped
 * inside paragraphs), or a plain line break (KCNA 2023-2024, UN speeches).
 */
enum Paragraphs {
  BLANK_LINE("\n\n"),
  INDENTED_LINE("\n    "),
  LINE("\n");

  private static final Pattern BLANK = Pattern.compile("\\n[ \\t\\r]*\\n");
  private static final Pattern INDENT = Pattern.compile("\\n(?=[ \\t]+\\S)");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** What goes between two paragraphs when joining them. */
  final String separator;

  Paragraphs(String separator) {
    this.separator = separator;
  }

  static Paragraphs styleOf(String text) {
    if (BLANK.matcher(text).find()) {
      return BLANK_LINE;
    }
    return INDENT.matcher(text).find() ? INDENTED_LINE : LINE;
  }

  /** The paragraphs of {@code text} in this style, stripped, without empty ones. */
  List<String> split(String text) {
    Pattern between = switch (this) {
      case BLANK_LINE -> BLANK;
      case INDENTED_LINE -> INDENT;
      case LINE -> LINE_BREAK;
    };
    List<String> out = new ArrayList<>();
    for (String p : between.split(text)) {
      String s = p.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** Case and white space folded: two paragraphs that differ only there count as one. */
  static String normalise(String paragraph) {
    return WHITE_SPACE.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
