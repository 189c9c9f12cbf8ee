package dev.parley.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.parley.api.Article;
import dev.parley.api.Statement;
import dev.parley.output.OutputSchema;
import dev.parley.output.StatementRows;
import dev.parley.stance.WatchHit;
import dev.parley.stance.WatchList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the plain-Java extractor over a partition of articles. The extractor is created once per
 * partition; an article that makes it fail, overrun its time budget or give more statements than
 * allowed keeps its row with {@code extract_status} saying so, and the run goes on. Duplicates are not extracted again. With a watch list, the
 * watched phrases are found in the whole text and credited to the statements that hold them.
 */
final class ExtractStage {
  static final String STATEMENT_ROWS = "statement_rows";
  static final String WATCH_HITS = "watch_hits";
  static final String STATEMENT_WATCH = "statement_watch";
  static final String TRUNCATED = "truncated:statements";

  /** A watched phrase found in an article's text. */
  static final StructType WATCH_HIT = createStructType(List.of(
      createStructField("watch", StringType, false),
      createStructField("start", IntegerType, false),
      createStructField("end", IntegerType, false)));

  /** How often a statement's content mentions one watched phrase. */
  static final StructType STATEMENT_MENTIONS = createStructType(List.of(
      createStructField("seq", IntegerType, false),
      createStructField("watch", StringType, false),
      createStructField("mentions", IntegerType, false)));

  /** An article row of {@link OutputSchema#ARTICLES} plus its statements and watch hits. */
  static final StructType SCHEMA = OutputSchema.ARTICLES.schema()
      .add(createStructField(STATEMENT_ROWS, createArrayType(OutputSchema.STATEMENTS.schema(), false), false))
      .add(createStructField(WATCH_HITS, createArrayType(WATCH_HIT, false), false))
      .add(createStructField(STATEMENT_WATCH, createArrayType(STATEMENT_MENTIONS, false), false));

  private ExtractStage() {}

  static MapPartitionsFunction<Row, Row> extractAll(ExtractorFactory factory, WatchList watch, ExtractLimits limits) {
    return rows -> {
      TimedExtractor extractor = new TimedExtractor(factory, limits);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          boolean more = rows.hasNext();
          if (!more) {
            extractor.close();
          }
          return more;
        }

        @Override
        public Row next() {
          return extract(extractor, watch, rows.next());
        }
      };
    };
  }

  private static Row extract(TimedExtractor extractor, WatchList watch, Row in) {
    String text = in.getAs("text");
    List<Statement> statements = List.of();
    List<WatchHit> hits = List.of();
    String status = null;
    if (in.getAs("duplicate_of") == null) {
      Article article = new Article(in.getAs("article_id"), in.<LocalDate>getAs("published"), in.getAs("title"),
          text, in.getAs("source"), in.getAs("url"));
      TimedExtractor.Outcome outcome = extractor.extract(article);
      statements = outcome.statements();
      status = outcome.status();
      if (status == null && outcome.found() > statements.size()) {
        status = TRUNCATED + ": kept " + statements.size() + " of " + outcome.found();
      }
      if (watch != null) {
        hits = watch.find(text, 0, text.length());
      }
    }
    return RowFactory.create(
        in.getAs("article_id"), in.getAs("published"), in.getAs("title"), in.getAs("source"), in.getAs("url"),
        text, text.length(), in.getAs("text_sha256"), in.getAs("duplicate_of"), in.getAs("duplicate_kind"), in.getAs("source_file"),
        in.getAs("line"), statements.size(), status,
        statements.stream().map(StatementRows::toRow).toArray(Row[]::new),
        hits.stream().map(h -> RowFactory.create(h.name(), h.start(), h.end())).toArray(Row[]::new),
        statementMentions(statements, hits).toArray(new Row[0]));
  }

  /** Each watched phrase inside a statement's content counts for that statement. */
  private static List<Row> statementMentions(List<Statement> statements, List<WatchHit> hits) {
    List<Row> out = new ArrayList<>();
    if (hits.isEmpty()) {
      return out;
    }
    for (Statement s : statements) {
      Map<String, Integer> counts = new TreeMap<>();
      for (WatchHit h : hits) {
        if (h.start() >= s.charStart() && h.end() <= s.charEnd()) {
          counts.merge(h.name(), 1, Integer::sum);
        }
      }
      counts.forEach((name, n) -> out.add(RowFactory.create(s.seq(), name, n)));
    }
    return out;
  }
}
