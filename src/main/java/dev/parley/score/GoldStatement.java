package dev.parley.score;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold statement as annotated (CONTRACT.md section 4). {@code speakerType} and {@code stance}
 * stay strings as written in the gold file; {@link GoldReader} has already checked them against
 * the enums. {@code statementDate} is null when the annotator could not know it.
 */
public record GoldStatement(
    String speaker,
    String speakerType,
    String speakerRaw,
    String content,
    boolean isDirect,
    LocalDate statementDate,
    List<LocalDate> eventDates,
    String stance,
    List<String> stanceCues) {

  public GoldStatement {
    eventDates = eventDates == null ? List.of() : List.copyOf(eventDates);
    stanceCues = stanceCues == null ? List.of() : List.copyOf(stanceCues);
  }
}
