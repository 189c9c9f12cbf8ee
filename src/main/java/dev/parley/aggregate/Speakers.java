package dev.parley.aggregate;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.parley.output.OutputSchema;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code speakers} table: one row per canonical speaker across the corpus, with every way it
 * was written ({@code aliases}). Its type and country are the ones most of its statements give
 * (ties broken by name, so the result does not depend on row order).
 */
public final class Speakers {
  private Speakers() {}

  public static Dataset<Row> compute(Dataset<Row> statements) {
    // Spread by speaker once: the three groupings and their joins below then need no shuffle.
    Dataset<Row> bySpeaker = statements
        .select(col("speaker"), col("speaker_raw"), col("speaker_type"), col("speaker_country"), col("statement_date"))
        .repartition(col("speaker"));
    Dataset<Row> totals = bySpeaker.groupBy("speaker").agg(
        count(lit(1)).as("statements"),
        array_sort(collect_set(col("speaker_raw"))).as("aliases"),
        min(col("statement_date")).as("first_date"),
        max(col("statement_date")).as("last_date"));
    Dataset<Row> type = mostFrequent(bySpeaker, "speaker_type");
    Dataset<Row> country = mostFrequent(bySpeaker.filter(col("speaker_country").isNotNull()), "speaker_country");
    return totals.join(type, "speaker").join(country, new String[] {"speaker"}, "left")
        .select(OutputSchema.SPEAKERS.columns().stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Dataset<Row> mostFrequent(Dataset<Row> statements, String column) {
    return statements.groupBy(col("speaker"), col(column)).agg(count(lit(1)).as("n"))
        .groupBy("speaker").agg(max(struct(col("n"), col(column))).as("best"))
        .select(col("speaker"), col("best." + column).as(column));
  }
}
