package dev.parley.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Makes the footer of a Parquet file independent of the JVM that wrote it. parquet-mr lists the
 * encodings of each column chunk in the order of a hash set of enum constants, whose hash codes
 * change from one JVM to the next; the data pages are the same. Sorting those lists (the order
 * carries no meaning) gives the same bytes for the same rows on every run. The footer keeps its
 * length, so it is rewritten in place.
 */
public final class ParquetFooters {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private ParquetFooters() {}

  public static void normalize(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      ByteBuffer tail = read(ch, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
      int footerLength = tail.getInt();
      byte[] magic = new byte[4];
      tail.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC) || footerLength <= 0 || footerLength > size - 12) {
        throw new IOException(file + " is not a Parquet file");
      }
      long footerStart = size - 8 - footerLength;
      byte[] footer = read(ch, footerStart, footerLength).array();
      FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer));
      sortEncodings(meta);
      ByteArrayOutputStream out = new ByteArrayOutputStream(footerLength);
      Util.writeFileMetaData(meta, out);
      if (out.size() != footerLength) {
        throw new IOException(file + ": the normalised footer changed length");
      }
      ch.write(ByteBuffer.wrap(out.toByteArray()), footerStart);
    }
  }

  /**
   * The rows of a Parquet file, from its footer: a table's size without a Spark job over it, on
   * any file system.
   */
  public static long rowCount(org.apache.hadoop.fs.FileSystem fs, org.apache.hadoop.fs.Path file) throws IOException {
    long size = fs.getFileStatus(file).getLen();
    try (org.apache.hadoop.fs.FSDataInputStream in = fs.open(file)) {
      byte[] tailBytes = new byte[8];
      in.readFully(size - 8, tailBytes);
      ByteBuffer tail = ByteBuffer.wrap(tailBytes).order(ByteOrder.LITTLE_ENDIAN);
      int footerLength = tail.getInt();
      byte[] magic = new byte[4];
      tail.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC) || footerLength <= 0 || footerLength > size - 12) {
        throw new IOException(file + " is not a Parquet file");
      }
      byte[] footer = new byte[footerLength];
      in.readFully(size - 8 - footerLength, footer);
      return Util.readFileMetaData(new ByteArrayInputStream(footer)).getNum_rows();
    }
  }

  private static void sortEncodings(FileMetaData meta) {
    for (RowGroup group : meta.getRow_groups()) {
      for (ColumnChunk chunk : group.getColumns()) {
        ColumnMetaData column = chunk.getMeta_data();
        if (column == null) {
          continue;
        }
        column.getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
        if (column.getEncoding_stats() != null) {
          column.getEncoding_stats().sort(Comparator
              .comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
              .thenComparingInt(s -> s.getEncoding().getValue()));
        }
      }
    }
  }

  private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    while (buf.hasRemaining()) {
      if (ch.read(buf, position + buf.position()) < 0) {
        throw new IOException("unexpected end of file");
      }
    }
    buf.flip();
    return buf;
  }
}
