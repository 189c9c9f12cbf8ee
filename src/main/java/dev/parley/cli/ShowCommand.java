package dev.parley.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.parley.job.SparkSessions;
import dev.parley.output.OutputSchema;
import dev.parley.output.Tables;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a table of a run as JSON lines, with the columns of CONTRACT.md as keys and dates as ISO strings.")
final class ShowCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "Output directory of a run.")
  String dir;

  @Parameters(index = "1", paramLabel = "TABLE", description = "articles, rejects, statements, speakers or trends.")
  String table;

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N rows (default: all).")
  Integer limit;

  @Override
  public Integer call() {
    OutputSchema schema = OutputSchema.byName(table);
    if (limit != null && limit < 0) {
      throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
    }
    try (SparkSessions.Lease lease = SparkSessions.lease("local[1]", "parley show")) {
      SparkSession spark = lease.session();
      Dataset<Row> rows = Tables.read(spark, dir, schema)
          .select(schema.columns().stream().map(c -> col(c)).toArray(Column[]::new));
      if (limit != null) {
        rows = rows.limit(limit);
      }
      PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
      Column json = to_json(struct(schema.columns().stream().map(c -> col(c)).toArray(Column[]::new)),
          Map.of("ignoreNullFields", "false"));
      rows.select(json).as(Encoders.STRING()).toLocalIterator().forEachRemaining(out::println);
      out.flush();
      return 0;
    }
  }
}
