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
 * The {@code trends} table, built from Spark's own column functions (no UDFs).
 *
 * <p>Stance rows: statements counted per period at every granularity, by speaker, target and
 * stance, with {@code *} roll-ups over speakers and over targets. A statement is placed on its
 * {@code statement_date}, or on its article's publication date when that is unresolved; a
 * statement with neither is left out. {@code share} is the row's part of the statements of the
 * same granularity, period, speaker and target.
 *
 * <p>Watch rows ({@code watch} set, stance and target {@code *}): for speaker {@code *}, the
 * mentions of a watched phrase anywhere in the texts of the period's articles (placed on the
 * publication date), so they add up to what a search of the texts finds; for a named speaker, the
 * mentions inside that speaker's statements, how many of its statements hold one, their mean
 * score, and {@code share}: the part of the speaker's statements in the period that mention it.
 */
public final class Trends {
  /** Label of a roll-up over all speakers, targets or stances. */
  public static final String ALL = "*";

  private Trends() {}

  /**
   * @param statements rows with the statement columns plus {@code period_date}, from
   *     non-duplicate articles only
   */
  public static Dataset<Row> stances(Dataset<Row> statements) {
    // The statements are spread by article before each is copied to its 5 periods and 4 roll-ups,
    // so the grouping by article below needs no shuffle of those twenty copies.
    Dataset<Row> byArticle = statements
        .select(col("article_id"), col("period_date"), col("speaker"), col("target"), col("stance"), col("score"))
        .repartition(col("article_id"));
    Dataset<Row> exploded = byPeriod(byArticle)
        .withColumn("speaker", explode(array(col("speaker"), lit(ALL))))
        .withColumn("target", explode(array(col("target"), lit(ALL))));
    // Grouped by article first, then without it: distinct articles are then the rows of the first
    // grouping, which Spark sums far more cheaply than a count_distinct beside other aggregates
    // (that one doubles every row). Scores are whole numbers, so the two-step mean is exact.
    Dataset<Row> perArticle = exploded
        .groupBy("granularity", "period_start", "speaker", "target", "stance", "article_id")
        .agg(count(lit(1)).as("n"), sum(col("score")).as("score_sum"), count(col("score")).as("scored"));
    Dataset<Row> counted = perArticle
        .groupBy("granularity", "period_start", "speaker", "target", "stance")
        .agg(sum(col("n")).as("statements"), count(lit(1)).as("articles"),
            when(sum(col("scored")).gt(0), sum(col("score_sum")).divide(sum(col("scored")))).as("mean_score"));
    WindowSpec slice = Window.partitionBy("granularity", "period_start", "speaker", "target");
    return contract(counted
        .withColumn("share", col("statements").divide(sum(col("statements")).over(slice)))
        .withColumn("watch", lit(null).cast("string"))
        .withColumn("mentions", lit(null).cast("long")));
  }

  /**
   * @param textHits one row per watched mention in an article text: {@code article_id, watch,
   *     period_date}
   * @param statementHits one row per statement that mentions a watched phrase: the statement
   *     columns plus {@code period_date, watch, mentions}
   * @param statements all statements with {@code period_date} (for the speakers' totals)
   */
  public static Dataset<Row> watches(Dataset<Row> textHits, Dataset<Row> statementHits, Dataset<Row> statements) {
    Dataset<Row> all = byPeriod(textHits)
        .groupBy("granularity", "period_start", "watch")
        .agg(count(lit(1)).as("mentions"), count_distinct(col("article_id")).as("articles"))
        .withColumn("speaker", lit(ALL))
        .withColumn("statements", lit(null).cast("long"))
        .withColumn("mean_score", lit(null).cast("double"))
        .withColumn("share", lit(null).cast("double"));
    Dataset<Row> totals = byPeriod(statements)
        .groupBy("granularity", "period_start", "speaker").agg(count(lit(1)).as("speaker_statements"));
    Dataset<Row> bySpeaker = byPeriod(statementHits)
        .groupBy("granularity", "period_start", "speaker", "watch")
        .agg(sum(col("mentions")).cast("long").as("mentions"), count(lit(1)).as("statements"),
            count_distinct(col("article_id")).as("articles"), avg(col("score")).as("mean_score"))
        .join(totals, new String[] {"granularity", "period_start", "speaker"}, "left")
        .withColumn("share", col("statements").divide(col("speaker_statements")));
    return contract(all.unionByName(bySpeaker.drop("speaker_statements"))
        .withColumn("target", lit(ALL))
        .withColumn("stance", lit(ALL)));
  }

  /** Each row once per granularity, with the start of its period. */
  private static Dataset<Row> byPeriod(Dataset<Row> rows) {
    Column[] granularities =
        Arrays.stream(Granularity.values()).map(g -> lit(g.label())).toArray(Column[]::new);
    return rows
        .filter(col("period_date").isNotNull())
        .withColumn("granularity", explode(array(granularities)))
        .withColumn("period_start", periodStart(col("granularity"), col("period_date")));
  }

  private static Dataset<Row> contract(Dataset<Row> rows) {
    return rows.select(OutputSchema.TRENDS.columns().stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column periodStart(Column granularity, Column date) {
    return when(granularity.equalTo(Granularity.DAY.label()), date)
        .when(granularity.equalTo(Granularity.WEEK.label()), trunc(date, "week"))
        .when(granularity.equalTo(Granularity.MONTH.label()), trunc(date, "month"))
        .when(granularity.equalTo(Granularity.QUARTER.label()), trunc(date, "quarter"))
        .otherwise(trunc(date, "year"));
  }
}
