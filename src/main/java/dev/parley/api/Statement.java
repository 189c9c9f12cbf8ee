package dev.parley.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One attributed statement: a row of the {@code statements} table of CONTRACT.md. {@code
 * content} is always {@code text.substring(charStart, charEnd)} of its article.
 */
public record Statement(
    String articleId,
    int seq,
    String speaker,
    String speakerRaw,
    SpeakerType speakerType,
    String speakerCountry,
    String cue,
    String content,
    int charStart,
    int charEnd,
    boolean isDirect,
    LocalDate statementDate,
    DateBasis dateBasis,
    List<LocalDate> eventDates,
    Stance stance,
    List<String> stanceCues,
    String target) {

  public Statement {
    eventDates = List.copyOf(eventDates);
    stanceCues = List.copyOf(stanceCues);
  }

  /** The Goldstein-style weight of the stance. */
  public double score() {
    return stance.score();
  }
}
