package dev.parley.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/** Versions of Parley and what it runs on, for the manifest and {@code --version}. */
public final class Versions {
  private Versions() {}

  public static String parley() {
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/dev/parley/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  public static SortedMap<String, String> all(SparkSession spark) {
    SortedMap<String, String> v = new TreeMap<>();
    v.put("parley", parley());
    v.put("spark", spark.version());
    v.put("scala", scala.util.Properties.versionNumberString());
    v.put("java", System.getProperty("java.version"));
    return v;
  }
}
