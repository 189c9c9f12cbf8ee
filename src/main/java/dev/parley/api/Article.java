package dev.parley.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input article after validation. Only {@code id} and {@code text} are always present;
 * {@code published} is the anchor for relative dates and may be null when unknown.
 */
public record Article(String id, LocalDate published, String title, String text, String source, String url) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** An article with only an id, a text and a publication date: handy in tests and notebooks. */
  public static Article of(String id, LocalDate published, String text) {
    return new Article(id, published, null, text, null, null);
  }
}
