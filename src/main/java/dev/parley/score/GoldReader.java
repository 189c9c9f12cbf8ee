package dev.parley.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Json;
import dev.parley.api.SpeakerType;
import dev.parley.api.Stance;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads gold JSONL (CONTRACT.md section 4) and the article texts beside it. Blank lines are
 * skipped; anything else that is wrong (not JSON, a missing field, an unknown label, a date that is
 * not YYYY-MM-DD, an article listed twice) stops the read with a {@link GoldFormatException} that
 * names the file and line, because scoring against half-read gold would give wrong figures.
 */
public final class GoldReader {

  private GoldReader() {}

  /** Reads gold JSONL (one article per line, CONTRACT.md section 4) with Json.MAPPER; errors name file and line. */
  public static List<GoldArticle> read(Path goldJsonl) throws IOException {
    List<GoldArticle> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    forEachLine(goldJsonl, (node, line) -> {
      GoldArticle a = article(node);
      if (!seen.add(a.articleId())) {
        throw new IllegalArgumentException("article_id " + a.articleId() + " listed twice");
      }
      out.add(a);
    });
    return out;
  }

  /** Reads the article texts (articles.jsonl beside the gold: fields id, text) into a map id -> text. */
  public static Map<String, String> readTexts(Path articlesJsonl) throws IOException {
    Map<String, String> out = new TreeMap<>();
    forEachLine(articlesJsonl, (node, line) -> {
      String id = requiredText(node, "id");
      if (out.put(id, requiredText(node, "text")) != null) {
        throw new IllegalArgumentException("id " + id + " listed twice");
      }
    });
    return out;
  }

  private interface LineHandler {
    void accept(JsonNode node, int line);
  }

  private static void forEachLine(Path file, LineHandler handler) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          handleLine(file, lineNo, line, handler);
        }
      }
    }
  }

  private static void handleLine(Path file, int lineNo, String line, LineHandler handler) throws GoldFormatException {
    try {
      JsonNode node = Json.MAPPER.readTree(line);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("expected a JSON object");
      }
      handler.accept(node, lineNo);
    } catch (JsonProcessingException e) {
      throw new GoldFormatException(file, lineNo, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new GoldFormatException(file, lineNo, e.getMessage(), e);
    }
  }

  private static GoldArticle article(JsonNode node) {
    String id = requiredText(node, "article_id");
    JsonNode statements = node.get("statements");
    if (statements == null || !statements.isArray()) {
      throw new IllegalArgumentException("article " + id + ": statements must be an array");
    }
    List<GoldStatement> list = new ArrayList<>();
    for (JsonNode s : statements) {
      try {
        list.add(statement(s));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException("article " + id + ", statement " + list.size() + ": " + e.getMessage(), e);
      }
    }
    return new GoldArticle(id, date(node, "published"), list);
  }

  private static GoldStatement statement(JsonNode s) {
    if (!s.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return new GoldStatement(
        optionalText(s, "speaker"),
        label(s, "speaker_type", false),
        optionalText(s, "speaker_raw"),
        requiredText(s, "content"),
        s.path("is_direct").asBoolean(false),
        date(s, "statement_date"),
        dates(s, "event_dates"),
        label(s, "stance", true),
        texts(s, "stance_cues"));
  }

  /** A speaker_type or stance, checked against its enum so a typo fails here, not mid-score. */
  private static String label(JsonNode node, String field, boolean required) {
    String value = required ? requiredText(node, field) : optionalText(node, field);
    if (value == null) {
      return null;
    }
    try {
      if (field.equals("stance")) {
        Stance.valueOf(value);
      } else {
        SpeakerType.valueOf(value);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + field + " \"" + value + "\"");
    }
    return value;
  }

  private static String requiredText(JsonNode node, String field) {
    String value = optionalText(node, field);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("missing or empty \"" + field + "\"");
    }
    return value;
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = optionalText(node, field);
    return value == null ? null : parseDate(field, value);
  }

  private static LocalDate parseDate(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + field + "\" is not a YYYY-MM-DD date: " + value, e);
    }
  }

  private static List<LocalDate> dates(JsonNode node, String field) {
    List<LocalDate> out = new ArrayList<>();
    for (String s : texts(node, field)) {
      out.add(parseDate(field, s));
    }
    return out;
  }

  private static List<String> texts(JsonNode node, String field) {
    JsonNode v = node.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new IllegalArgumentException("\"" + field + "\" must hold strings");
      }
      out.add(e.asText());
    }
    return out;
  }
}
