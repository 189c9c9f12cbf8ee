package dev.parley.score;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.api.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Converts a split of PolNeAR (political news with BRAT attribution annotations: Source, Cue and
 * Content spans joined by Attribution events) into Parley's input and gold forms:
 * {@code articles.jsonl} and {@code gold.jsonl} (CONTRACT.md sections 1 and 4).
 *
 * <p>Choices, so that figures can be read right: one annotation file per article (the first by
 * name where several annotators worked on it); an attribution without a Source is left out (its
 * speaker is not written in the text, and Parley never invents one); a discontinuous content is one
 * statement for each run of its parts that its cue or source does not interrupt (GUIDE.md: a quote
 * interrupted by a cue is two statements), other discontinuous spans run from first start to last
 * end; the gold {@code speaker} and {@code speaker_raw} are the source mention as written ("she",
 * "the Post"), since PolNeAR does not resolve mentions, so predictions are compared by their
 * {@code speaker_raw} ({@code parley score --raw-speakers}); stance is NONE and dates are the
 * publication date. BRAT offsets count Unicode code points; they are turned into Java's UTF-16
 * offsets.
 */
public final class PolnearConverter {
  /** What a conversion wrote. */
  public record Result(int articles, int statements, int withoutSource) {}

  /** A text-bound annotation: its kind, its outer span and its parts (one for a continuous span), UTF-16 offsets. */
  private record Annotation(String kind, int start, int end, List<int[]> parts) {
    /** Whether this annotation lies (partly) inside {@code [from, to)}. */
    boolean within(int from, int to) {
      return start < to && end > from;
    }
  }

  private PolnearConverter() {}

  /**
   * @param split a split folder holding {@code text/*.txt} and {@code attributions/*.ann}
   * @param metadata PolNeAR's {@code metadata.tsv} (publication dates), or null
   * @param out the folder to write {@code articles.jsonl} and {@code gold.jsonl} to
   */
  public static Result convert(Path split, Path metadata, Path out) throws IOException {
    Map<String, String> published = metadata == null ? Map.of() : publicationDates(metadata);
    Files.createDirectories(out);
    int articles = 0;
    int statements = 0;
    int withoutSource = 0;
    try (BufferedWriter texts = Files.newBufferedWriter(out.resolve("articles.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter gold = Files.newBufferedWriter(out.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
      for (Path textFile : sorted(split.resolve("text"), ".txt")) {
        String id = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        Path ann = firstAnnotation(split.resolve("attributions"), id);
        String date = published.get(id);
        ObjectNode article = Json.MAPPER.createObjectNode().put("id", id).put("published", date).put("text", text);
        texts.write(Json.MAPPER.writeValueAsString(article));
        texts.newLine();
        ArrayNode list = Json.MAPPER.createArrayNode();
        if (ann != null) {
          Map<String, Annotation> spans = spans(ann, text);
          for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            if (line.startsWith("E") && !addStatement(line, spans, text, date, list)) {
              withoutSource++;
            }
          }
        }
        statements += list.size();
        ObjectNode g = Json.MAPPER.createObjectNode().put("article_id", id).put("published", date);
        g.set("statements", list);
        gold.write(Json.MAPPER.writeValueAsString(g));
        gold.newLine();
        articles++;
      }
    }
    return new Result(articles, statements, withoutSource);
  }

  /**
   * Adds the statement of an event line ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1});
   * false when it has no source or no content.
   */
  private static boolean addStatement(String line, Map<String, Annotation> spans, String text, String date, ArrayNode out) {
    Map<String, Annotation> roles = new TreeMap<>();
    for (String arg : line.split("\t", 2)[1].trim().split(" ")) {
      String[] kv = arg.split(":", 2);
      if (kv.length == 2 && spans.containsKey(kv[1])) {
        roles.put(kv[0], spans.get(kv[1]));
      }
    }
    Annotation source = roles.get("Source");
    Annotation content = roles.get("Content");
    if (source == null || content == null) {
      return false;
    }
    String sourceText = text.substring(source.start(), source.end());
    for (int[] piece : pieces(content, roles.get("Cue"), source)) {
      String contentText = text.substring(piece[0], piece[1]);
      ObjectNode s = out.addObject();
      s.put("speaker", sourceText).put("speaker_type", "UNKNOWN").put("speaker_raw", sourceText)
          .put("content", contentText).put("is_direct", startsWithQuote(contentText))
          .put("statement_date", date).put("stance", "NONE");
      s.putArray("event_dates");
      s.putArray("stance_cues");
    }
    return true;
  }

  /**
   * The statements of a content span: one for each run of its parts that no cue or source interrupts. A quote
   * interrupted by its cue ("A," she said, "B") is two statements in Parley's gold (GUIDE.md, convention 4); parts
   * split only by a line break or a closing and reopening mark stay one statement.
   */
  private static List<int[]> pieces(Annotation content, Annotation cue, Annotation source) {
    List<int[]> out = new java.util.ArrayList<>();
    int[] run = content.parts().get(0).clone();
    for (int[] part : content.parts().subList(1, content.parts().size())) {
      boolean interrupted = source.within(run[1], part[0]) || cue != null && cue.within(run[1], part[0]);
      if (interrupted) {
        out.add(run);
        run = part.clone();
      } else {
        run[1] = part[1];
      }
    }
    out.add(run);
    return out;
  }

  /** The text-bound annotations of a file, by id, with UTF-16 offsets. */
  private static Map<String, Annotation> spans(Path ann, String text) throws IOException {
    Map<String, Annotation> spans = new TreeMap<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      if (!line.startsWith("T")) {
        continue;
      }
      String[] f = line.split("\t");
      String[] kindAndRanges = f[1].split(" ", 2);
      List<int[]> parts = new java.util.ArrayList<>();
      try {
        for (String range : kindAndRanges[1].split(";")) {
          String[] se = range.trim().split(" ");
          parts.add(new int[] {text.offsetByCodePoints(0, Integer.parseInt(se[0])),
              text.offsetByCodePoints(0, Integer.parseInt(se[1]))});
        }
        parts.sort(java.util.Comparator.comparingInt(r -> r[0]));
        int end = parts.stream().mapToInt(r -> r[1]).max().orElseThrow();
        spans.put(f[0], new Annotation(kindAndRanges[0], parts.get(0)[0], end, List.copyOf(parts)));
      } catch (IndexOutOfBoundsException e) {
        throw new IllegalArgumentException(ann + ": span " + f[0] + " lies outside the text", e);
      }
    }
    return spans;
  }

  private static boolean startsWithQuote(String s) {
    return !s.isEmpty() && "\"“‘'".indexOf(s.charAt(0)) >= 0;
  }

  private static Path firstAnnotation(Path dir, String articleId) throws IOException {
    for (Path p : sorted(dir, ".ann")) {
      String name = p.getFileName().toString();
      if (name.startsWith(articleId + "_")) {
        return p;
      }
    }
    return null;
  }

  private static List<Path> sorted(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static Map<String, String> publicationDates(Path metadata) {
    Map<String, String> dates = new TreeMap<>();
    try {
      List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
      List<String> header = List.of(lines.get(0).split("\t"));
      int file = header.indexOf("filename");
      int date = header.indexOf("publication_date");
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t");
        if (f.length > Math.max(file, date)) {
          dates.put(f[file], f[date]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + metadata + ": " + e.getMessage(), e);
    }
    return dates;
  }
}
