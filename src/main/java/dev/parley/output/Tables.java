package dev.parley.output;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** Reads the output tables of a run back, with their contract schemas (an empty table reads as empty). */
public final class Tables {
  private Tables() {}

  /** The table of a run, with its contract schema, sorted by its natural key. */
  public static Dataset<Row> read(SparkSession spark, String runDir, OutputSchema table) {
    Path dir = new Path(runDir, table.directory());
    try {
      if (!dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(dir)) {
        throw new IllegalArgumentException("No " + table.directory() + " table in " + runDir + " (is it the output of 'parley run'?)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var schema = table.schema();
    if (table.partitionColumn() != null && !table.columns().contains(table.partitionColumn())) {
      schema = schema.add(table.partitionColumn(), DataTypes.IntegerType, true);
    }
    Dataset<Row> rows = spark.read().schema(schema).parquet(dir.toString());
    return rows.orderBy(orderOf(table));
  }

  private static Column[] orderOf(OutputSchema table) {
    return switch (table) {
      case ARTICLES -> new Column[] {col("article_id")};
      case REJECTS -> new Column[] {col("source_file"), col("line")};
      case STATEMENTS -> new Column[] {col("article_id"), col("seq")};
      case SPEAKERS -> new Column[] {col("statements").desc(), col("speaker")};
      case TRENDS -> new Column[] {col("granularity"), col("period_start"), col("speaker"), col("target"), col("stance")};
    };
  }
}
