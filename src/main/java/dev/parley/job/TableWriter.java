package dev.parley.job;

import static org.apache.spark.sql.functions.col;

import dev.parley.output.OutputSchema;
import dev.parley.output.ParquetFooters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes an output table so that the same rows give the same bytes: rows are spread over a number
 * of files fixed by the caller, sorted inside each file, and the files are renamed from Spark's
 * random names to {@code part-00000.parquet}, {@code part-00001.parquet}, ..., and their footers
 * are normalised ({@link ParquetFooters}).
 */
final class TableWriter {
  private final String out;
  private final Configuration conf;

  TableWriter(String out, Configuration conf) {
    this.out = out;
    this.conf = conf;
  }

  /**
   * @param files how many files (for a partitioned table: per partition value, at most)
   * @param sortKeys the columns that order rows inside a file; the first also spreads rows over files
   * @return the rows written, read from the files' footers (no second pass over the rows)
   */
  long write(Dataset<Row> rows, OutputSchema table, int files, String... sortKeys) {
    String partition = table.partitionColumn();
    List<String> columns = new ArrayList<>(table.columns());
    if (partition != null && !columns.contains(partition)) {
      columns.add(partition);
    }
    Dataset<Row> selected = rows.select(columns.stream().map(c -> col(c)).toArray(Column[]::new));
    Column[] order = Arrays.stream(sortKeys).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> laidOut;
    if (partition == null) {
      laidOut = selected.repartition(files, col(sortKeys[0])).sortWithinPartitions(order);
    } else {
      // Each partition value lands in one task, so in one file. The partition column leads the
      // sort: Spark's writer sorts by it otherwise, and that sort replaces ours, leaving rows in
      // the order they arrived in (which depends on the plan, e.g. of an incremental run).
      Column[] byPartition = new Column[order.length + 1];
      byPartition[0] = col(partition);
      System.arraycopy(order, 0, byPartition, 1, order.length);
      laidOut = selected.repartition(files, col(partition)).sortWithinPartitions(byPartition);
    }
    Path dir = new Path(out, table.directory());
    var writer = laidOut.write().mode("overwrite");
    if (partition != null) {
      writer = writer.partitionBy(partition);
    }
    writer.parquet(dir.toString());
    return renameParts(dir);
  }

  private long renameParts(Path dir) {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      fs.mkdirs(dir);
      return renameIn(fs, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot tidy output " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sorts the footer's encoding lists (see {@link ParquetFooters}) where the file is on a local
   * disk; on other file systems the footer stays as written, so the bytes of a run can then
   * depend on the JVM (never the rows).
   */
  private static void normalizeFooter(FileSystem fs, Path file) throws IOException {
    if (fs instanceof LocalFileSystem local) {
      ParquetFooters.normalize(java.nio.file.Path.of(local.pathToFile(file).getPath()));
      fs.delete(new Path(file.getParent(), "." + file.getName() + ".crc"), false);
    }
  }

  /** Renames and normalises the files under {@code dir}; returns their rows. */
  private static long renameIn(FileSystem fs, Path dir) throws IOException {
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children);
    int n = 0;
    long rows = 0;
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (child.isDirectory()) {
        rows += renameIn(fs, child.getPath());
      } else if (name.startsWith("part-")) {
        Path target = new Path(dir, String.format("part-%05d.parquet", n++));
        fs.rename(child.getPath(), target);
        normalizeFooter(fs, target);
        rows += ParquetFooters.rowCount(fs, target);
      } else if (name.equals("_SUCCESS")) {
        fs.delete(child.getPath(), false);
      }
    }
    return rows;
  }
}
