package dev.parley.job;

import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import dev.parley.api.Article;
import dev.parley.api.Statement;
import dev.parley.api.StatementExtractor;
import dev.parley.output.OutputSchema;
import dev.parley.output.StatementRows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Runs the plain-Java extractor over a partition of articles. The extractor is created once per
 * partition; an article that makes it fail keeps its row with {@code extract_error} set, so
 * nothing is lost and the run goes on. Duplicates are not extracted again.
 */
final class ExtractStage {
  static final String STATEMENT_ROWS = "statement_rows";

  /** An article row of {@link OutputSchema#ARTICLES} plus its statements. */
  static final StructType SCHEMA =
      OutputSchema.ARTICLES.schema().add(createStructField(STATEMENT_ROWS,
          createArrayType(OutputSchema.STATEMENTS.schema(), false), false));

  private ExtractStage() {}

  static MapPartitionsFunction<Row, Row> extractAll(ExtractorFactory factory) {
    return rows -> {
      StatementExtractor extractor = factory.create();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          return extract(extractor, rows.next());
        }
      };
    };
  }

  private static Row extract(StatementExtractor extractor, Row in) {
    List<Row> statements = new ArrayList<>();
    String error = null;
    if (in.getAs("duplicate_of") == null) {
      Article article = new Article(in.getAs("article_id"), in.<LocalDate>getAs("published"), in.getAs("title"),
          in.getAs("text"), in.getAs("source"), in.getAs("url"));
      try {
        for (Statement s : extractor.extract(article)) {
          statements.add(StatementRows.toRow(s));
        }
      } catch (RuntimeException | StackOverflowError e) {
        statements.clear();
        error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
      }
    }
    String text = in.getAs("text");
    return RowFactory.create(
        in.getAs("article_id"), in.getAs("published"), in.getAs("title"), in.getAs("source"), in.getAs("url"),
        text, text.length(), in.getAs("text_sha256"), in.getAs("duplicate_of"), in.getAs("source_file"),
        in.getAs("line"), statements.size(), error, statements.toArray(new Row[0]));
  }
}
