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
 * speaker is not written in the text, and Parley never invents one); a discontinuous span is taken
 * from its first start to its last end; the gold {@code speaker} and {@code speaker_raw} are the
 * source mention as written ("she", "the Post"), since PolNeAR does not resolve mentions, so
 * predictions are compared by their {@code speaker_raw} ({@code parley score --raw-speakers});
 * stance is NONE and dates are the publication date. BRAT offsets count Unicode code points; they
 * are turned into Java's UTF-16 offsets.
 */
public final class PolnearConverter {
  /** What a conversion wrote. */
  public record Result(int articles, int statements, int withoutSource) {}

  private record Annotation(String kind, int start, int end) {}

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
    String contentText = text.substring(content.start(), content.end());
    String sourceText = text.substring(source.start(), source.end());
    ObjectNode s = out.addObject();
    s.put("speaker", sourceText).put("speaker_type", "UNKNOWN").put("speaker_raw", sourceText)
        .put("content", contentText).put("is_direct", startsWithQuote(contentText))
        .put("statement_date", date).put("stance", "NONE");
    s.putArray("event_dates");
    s.putArray("stance_cues");
    return true;
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
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (String range : kindAndRanges[1].split(";")) {
        String[] se = range.trim().split(" ");
        start = Math.min(start, Integer.parseInt(se[0]));
        end = Math.max(end, Integer.parseInt(se[1]));
      }
      try {
        spans.put(f[0], new Annotation(kindAndRanges[0], text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
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
