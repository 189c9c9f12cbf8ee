package dev.parley.output;

import dev.parley.api.DateBasis;
import dev.parley.api.SpeakerType;
import dev.parley.api.Stance;
import dev.parley.api.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/** Converts {@link Statement}s to and from rows of {@link OutputSchema#STATEMENTS}. */
public final class StatementRows {
  private StatementRows() {}

  public static Row toRow(Statement s) {
    return RowFactory.create(
        s.articleId(), s.seq(), s.speaker(), s.speakerRaw(), s.speakerType().name(), s.speakerCountry(),
        s.cue(), s.content(), s.charStart(), s.charEnd(), s.isDirect(), s.statementDate(),
        s.dateBasis().label(), s.eventDates().toArray(new LocalDate[0]), s.stance().name(),
        s.stanceCues().toArray(new String[0]), s.target(), s.score());
  }

  public static Statement fromRow(Row r) {
    return new Statement(
        r.getAs("article_id"), (Integer) r.getAs("seq"), r.getAs("speaker"), r.getAs("speaker_raw"),
        SpeakerType.valueOf(r.getAs("speaker_type")), r.getAs("speaker_country"), r.getAs("cue"),
        r.getAs("content"), (Integer) r.getAs("char_start"), (Integer) r.getAs("char_end"),
        (Boolean) r.getAs("is_direct"), r.getAs("statement_date"),
        DateBasis.valueOf(((String) r.getAs("date_basis")).toUpperCase(Locale.ROOT)),
        list(r.getAs("event_dates")), Stance.valueOf(r.getAs("stance")), list(r.getAs("stance_cues")),
        r.getAs("target"));
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      return (List<T>) CollectionConverters.asJava(seq);
    }
    if (value instanceof List<?> l) {
      return (List<T>) l;
    }
    return List.of((T[]) value);
  }
}
