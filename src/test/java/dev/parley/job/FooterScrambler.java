package dev.parley.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Collections;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/** Test helper: reverses the encoding lists of a Parquet footer, as another JVM might write them. */
final class FooterScrambler {
  private FooterScrambler() {}

  static void reverseEncodings(Path file) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] tail = new byte[8];
      f.seek(f.length() - 8);
      f.readFully(tail);
      int length = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN).getInt();
      long start = f.length() - 8 - length;
      byte[] footer = new byte[length];
      f.seek(start);
      f.readFully(footer);
      FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer));
      for (RowGroup g : meta.getRow_groups()) {
        for (ColumnChunk c : g.getColumns()) {
          Collections.reverse(c.getMeta_data().getEncodings());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Util.writeFileMetaData(meta, out);
      f.seek(start);
      f.write(out.toByteArray());
    }
  }
}
