package dev.parley.aggregate;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import dev.parley.output.OutputSchema;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The {@code trends} table: statements counted per period at every granularity, by speaker,
 * target and stance, with {@code *} roll-ups over speakers and over targets. Built only from
 * Spark's own column functions (no UDFs).
 *
 * <p>A statement is placed on its {@code statement_date}, or on its article's publication date
 * when that is unresolved; a statement with neither is left out (counted in the manifest).
 * {@code share} is the row's part of the statements of the same granularity, period, speaker and
 * target: how the tone of that slice splits across stances.
 */
public final class Trends {
  /** Label of a roll-up over all speakers or all targets. */
  public static final String ALL = "*";

  private Trends() {}

  /**
   * @param statements rows with the statement columns plus {@code period_date} (the date a
   *     statement counts on) from non-duplicate articles only
   */
  public static Dataset<Row> compute(Dataset<Row> statements) {
    Column[] granularities =
        Arrays.stream(Granularity.values()).map(g -> lit(g.label())).toArray(Column[]::new);
    Dataset<Row> exploded = statements
        .filter(col("period_date").isNotNull())
        .withColumn("granularity", explode(array(granularities)))
        .withColumn("period_start", periodStart(col("granularity"), col("period_date")))
        .withColumn("speaker", explode(array(col("speaker"), lit(ALL))))
        .withColumn("target", explode(array(col("target"), lit(ALL))));
    Dataset<Row> counted = exploded
        .groupBy("granularity", "period_start", "speaker", "target", "stance")
        .agg(count(lit(1)).as("statements"), count_distinct(col("article_id")).as("articles"),
            avg(col("score")).as("mean_score"));
    WindowSpec slice = Window.partitionBy("granularity", "period_start", "speaker", "target");
    return counted
        .withColumn("share", col("statements").divide(sum(col("statements")).over(slice)))
        .select(OutputSchema.TRENDS.columns().stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column periodStart(Column granularity, Column date) {
    return when(granularity.equalTo(Granularity.DAY.label()), date)
        .when(granularity.equalTo(Granularity.WEEK.label()), trunc(date, "week"))
        .when(granularity.equalTo(Granularity.MONTH.label()), trunc(date, "month"))
        .when(granularity.equalTo(Granularity.QUARTER.label()), trunc(date, "quarter"))
        .otherwise(trunc(date, "year"));
  }
}
