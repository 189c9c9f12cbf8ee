package dev.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.Article;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Turns the fields of one input record (a JSON object, a CSV row, a text file) into an {@link
 * Article}, or says why it cannot. The same checks apply to every input form.
 */
public final class ArticleValidator {
  private final IngestLimits limits;
  private final LocalDate publishedDefault;

  public ArticleValidator(IngestLimits limits, LocalDate publishedDefault) {
    this.limits = limits;
    this.publishedDefault = publishedDefault;
  }

  /** Thrown for a record that cannot become an article. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    private final RejectReason reason;

    Invalid(RejectReason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }

    public RejectReason reason() {
      return reason;
    }
  }

  /** An article from a JSON object with the fields of CONTRACT.md section 1. */
  public Result fromJson(JsonNode node) throws Invalid {
    if (node == null || !node.isObject()) {
      throw new Invalid(RejectReason.BAD_JSON, "not a JSON object");
    }
    String text = textField(node, "text");
    String published = optionalString(node, "published");
    if (published == null) {
      published = optionalString(node, "date");
    }
    return build(
        optionalId(node), text, published,
        optionalString(node, "title"), optionalString(node, "source"), optionalString(node, "url"));
  }

  /** An article from a CSV row (header names as keys). */
  public Result fromFields(Map<String, String> row) throws Invalid {
    String published = blankToNull(row.get("published"));
    if (published == null) {
      published = blankToNull(row.get("date"));
    }
    return build(
        blankToNull(row.get("id")), row.get("text"), published,
        blankToNull(row.get("title")), blankToNull(row.get("source")), blankToNull(row.get("url")));
  }

  /** An article from a whole text file: the title is the first non-empty line. */
  public Result fromTextFile(String fileId, String text) throws Invalid {
    return build(fileId, text, null, firstNonEmptyLine(text), null, null);
  }

  /** A valid article and whether its id came from the input. */
  public record Result(Article article, boolean idGiven) {}

  private Result build(String id, String text, String published, String title, String source, String url)
      throws Invalid {
    checkText(text);
    LocalDate date = published == null ? publishedDefault : parseDate(published);
    boolean idGiven = id != null && !id.isBlank();
    String articleId = idGiven ? id.strip() : TextFingerprint.derivedId(text);
    return new Result(new Article(articleId, date, title, text, source, url), idGiven);
  }

  private void checkText(String text) throws Invalid {
    if (text == null || text.isBlank()) {
      throw new Invalid(RejectReason.NO_TEXT, "no text: the record has no non-blank 'text' field");
    }
    if (text.length() > limits.maxArticleChars()) {
      throw new Invalid(RejectReason.TOO_LARGE,
          "text has " + text.length() + " characters, over the limit of " + limits.maxArticleChars());
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new Invalid(RejectReason.BINARY_CONTENT, "text holds a NUL character at offset " + i);
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          throw new Invalid(RejectReason.BAD_ENCODING, "text holds an unpaired surrogate at offset " + i);
        }
        i++;
      } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
        control++;
      }
    }
    if (control * 20 > text.length()) {
      throw new Invalid(RejectReason.BINARY_CONTENT, "text is " + (100 * control / text.length()) + "% control characters");
    }
  }

  /** An ISO date ("2019-10-01") or date-time ("2019-10-01T09:30:00+09:00"): the date as written. */
  static LocalDate parseDate(String value) throws Invalid {
    String s = value.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
      String iso = s.replace(' ', 'T');
      try {
        return OffsetDateTime.parse(iso).toLocalDate();
      } catch (DateTimeParseException e) {
        if (iso.endsWith("Z")) {
          iso = iso.substring(0, iso.length() - 1);
        }
        return LocalDateTime.parse(iso).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new Invalid(RejectReason.BAD_DATE, "date '" + ParsedRecord.excerpt(s) + "' is not an ISO date or date-time");
    }
  }

  private static String textField(JsonNode node, String name) throws Invalid {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Invalid(RejectReason.BAD_FIELD, "'" + name + "' is a " + v.getNodeType().name().toLowerCase() + ", not a string");
    }
    return v.textValue();
  }

  private static String optionalString(JsonNode node, String name) throws Invalid {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isValueNode()) {
      return blankToNull(v.asText());
    }
    throw new Invalid(RejectReason.BAD_FIELD, "'" + name + "' is a " + v.getNodeType().name().toLowerCase() + ", not a string");
  }

  private static String optionalId(JsonNode node) throws Invalid {
    JsonNode v = node.get("id");
    if (v != null && (v.isBoolean() || v.isContainerNode())) {
      throw new Invalid(RejectReason.BAD_FIELD, "'id' must be a string or a number");
    }
    return optionalString(node, "id");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String firstNonEmptyLine(String text) {
    for (String line : text.split("\n", 50)) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return null;
  }
}
