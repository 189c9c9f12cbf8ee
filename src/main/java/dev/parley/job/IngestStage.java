package dev.parley.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.parley.api.Article;
import dev.parley.ingest.ArticleValidator;
import dev.parley.ingest.FileSummary;
import dev.parley.ingest.IngestLimits;
import dev.parley.ingest.ParsedRecord;
import dev.parley.ingest.RecordReader;
import dev.parley.ingest.RejectReason;
import dev.parley.ingest.TextFingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Reads input files inside Spark tasks, one file after another, streaming: each task emits one
 * row per input record (an article or a reject) and one summary row per file. The driver only
 * ever sees file names and summaries.
 */
final class IngestStage {
  static final String KIND_ARTICLE = "article";
  static final String KIND_REJECT = "reject";
  static final String KIND_FILE = "file";

  /** Internal rows of the ingest pass; not an output table. */
  static final StructType SCHEMA = createStructType(List.of(
      createStructField("kind", StringType, false),
      createStructField("file_index", IntegerType, false),
      createStructField("source_file", StringType, false),
      createStructField("line", LongType, false),
      createStructField("article_id", StringType, true),
      createStructField("id_given", BooleanType, true),
      createStructField("published", DateType, true),
      createStructField("title", StringType, true),
      createStructField("source", StringType, true),
      createStructField("url", StringType, true),
      createStructField("text", StringType, true),
      createStructField("text_sha256", StringType, true),
      createStructField("reason", StringType, true),
      createStructField("detail", StringType, true),
      createStructField("excerpt", StringType, true),
      createStructField("format", StringType, true),
      createStructField("bytes", LongType, true),
      createStructField("sha256", StringType, true),
      createStructField("records", LongType, true),
      createStructField("complete", BooleanType, true)));

  private IngestStage() {}

  /** The task function: the files of one partition to their rows. */
  static FlatMapFunction<Iterator<InputFile>, Row> readFiles(IngestLimits limits, LocalDate publishedDefault) {
    return files -> new FileRows(files, new ArticleValidator(limits, publishedDefault), limits);
  }

  static FileSummary summary(Row r) {
    return new FileSummary(r.getAs("source_file"), r.getAs("format"), r.<Long>getAs("bytes"),
        r.getAs("sha256"), r.<Long>getAs("records"), r.<Boolean>getAs("complete"));
  }

  private static final class FileRows implements Iterator<Row> {
    private final Iterator<InputFile> files;
    private final ArticleValidator validator;
    private final IngestLimits limits;
    private final Configuration conf = new Configuration();
    private final ArrayDeque<Row> queue = new ArrayDeque<>();
    private InputFile current;
    private RecordReader reader;

    FileRows(Iterator<InputFile> files, ArticleValidator validator, IngestLimits limits) {
      this.files = files;
      this.validator = validator;
      this.limits = limits;
    }

    @Override
    public boolean hasNext() {
      while (queue.isEmpty()) {
        if (reader != null) {
          if (reader.hasNext()) {
            queue.add(recordRow(current.index(), reader.next()));
          } else {
            queue.add(summaryRow(current.index(), reader.summary()));
            closeReader();
          }
        } else if (files.hasNext()) {
          open(files.next());
        } else {
          return false;
        }
      }
      return true;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return queue.poll();
    }

    private void open(InputFile file) {
      current = file;
      try {
        Path path = new Path(file.path());
        InputStream in = path.getFileSystem(conf).open(path);
        reader = new RecordReader(file.path(), file.format(), file.bytes(), in, validator, limits);
      } catch (IOException | RuntimeException e) {
        // A file that cannot be opened is one reject standing for all it may hold.
        queue.add(recordRow(file.index(), ParsedRecord.rejected(file.path(), 0, RejectReason.UNREADABLE,
            "cannot open: " + String.valueOf(e.getMessage()).replace('\n', ' '), null)));
        queue.add(summaryRow(file.index(), new FileSummary(file.path(),
            file.format().name().toLowerCase(Locale.ROOT), file.bytes(), null, 1, false)));
      }
    }

    private void closeReader() {
      try {
        reader.close();
      } catch (IOException e) {
        // already read to the end: nothing is lost by a failing close
      }
      reader = null;
    }
  }

  static Row recordRow(int fileIndex, ParsedRecord r) {
    Article a = r.article();
    if (a == null) {
      return RowFactory.create(KIND_REJECT, fileIndex, r.sourceFile(), r.line(), null, null, null, null, null, null,
          null, null, r.reason().label(), r.detail(), r.excerpt(), null, null, null, null, null);
    }
    return RowFactory.create(KIND_ARTICLE, fileIndex, r.sourceFile(), r.line(), a.id(), r.idGiven(), a.published(),
        a.title(), a.source(), a.url(), a.text(), TextFingerprint.of(a.text()), null, null, null,
        null, null, null, null, null);
  }

  static Row summaryRow(int fileIndex, FileSummary s) {
    return RowFactory.create(KIND_FILE, fileIndex, s.path(), 0L, null, null, null, null, null, null, null, null,
        null, null, null, s.format(), s.bytes(), s.sha256(), s.records(), s.complete());
  }
}
