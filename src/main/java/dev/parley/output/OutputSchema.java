package dev.parley.output;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output tables of CONTRACT.md section 2, column by column: the one place that knows them.
 * Every writer, reader and {@code parley show} goes through these schemas.
 */
public enum OutputSchema {
  ARTICLES(
      "articles", null,
      field("article_id", StringType, false),
      field("published", DateType, true),
      field("title", StringType, true),
      field("source", StringType, true),
      field("url", StringType, true),
      field("text", StringType, false),
      field("chars", IntegerType, false),
      field("text_sha256", StringType, false),
      field("duplicate_of", StringType, true),
      field("duplicate_kind", StringType, true),
      field("source_file", StringType, false),
      field("source_line", LongType, false),
      field("statements", IntegerType, false),
      field("extract_status", StringType, true)),

  REJECTS(
      "rejects", null,
      field("source_file", StringType, false),
      field("line", LongType, false),
      field("reason", StringType, false),
      field("detail", StringType, true),
      field("excerpt", StringType, true)),

  STATEMENTS(
      "statements", "year",
      field("article_id", StringType, false),
      field("seq", IntegerType, false),
      field("speaker", StringType, false),
      field("speaker_raw", StringType, true),
      field("speaker_type", StringType, false),
      field("speaker_country", StringType, true),
      field("cue", StringType, true),
      field("content", StringType, false),
      field("char_start", IntegerType, false),
      field("char_end", IntegerType, false),
      field("is_direct", BooleanType, false),
      field("statement_date", DateType, true),
      field("date_basis", StringType, false),
      field("event_dates", createArrayType(DateType, false), false),
      field("stance", StringType, false),
      field("stance_cues", createArrayType(StringType, false), false),
      field("target", StringType, true),
      field("score", DoubleType, false)),

  SPEAKERS(
      "speakers", null,
      field("speaker", StringType, false),
      field("speaker_type", StringType, false),
      field("speaker_country", StringType, true),
      field("aliases", createArrayType(StringType, false), false),
      field("statements", LongType, false),
      field("first_date", DateType, true),
      field("last_date", DateType, true)),

  TRENDS(
      "trends", "granularity",
      field("granularity", StringType, false),
      field("period_start", DateType, false),
      field("speaker", StringType, false),
      field("target", StringType, true),
      field("stance", StringType, false),
      field("statements", LongType, true),
      field("articles", LongType, false),
      field("mean_score", DoubleType, true),
      field("share", DoubleType, true),
      field("watch", StringType, true),
      field("mentions", LongType, true));

  private final String directory;
  private final String partitionColumn;
  private final StructType schema;

  OutputSchema(String directory, String partitionColumn, StructField... fields) {
    this.directory = directory;
    this.partitionColumn = partitionColumn;
    this.schema = createStructType(fields);
  }

  /** The sub-directory of a run's output that holds this table. */
  public String directory() {
    return directory;
  }

  /** The Hive-style partition column of the directory layout, or null. */
  public String partitionColumn() {
    return partitionColumn;
  }

  /** The columns of CONTRACT.md, in order (a partition column is one of them where it is a contract column). */
  public StructType schema() {
    return schema;
  }

  public List<String> columns() {
    return Arrays.asList(schema.fieldNames());
  }

  /** The table named on the command line ("statements"), case-insensitive. */
  public static OutputSchema byName(String name) {
    for (OutputSchema t : values()) {
      if (t.directory.equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "Unknown table: " + name + " (expected articles, rejects, statements, speakers, trends)");
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
