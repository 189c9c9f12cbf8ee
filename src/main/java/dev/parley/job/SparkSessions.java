package dev.parley.job;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one place that configures Spark for Parley. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * A session for one command: stopped on close only if this call started it, so that a command
   * run inside a test or notebook leaves the caller's session alone.
   */
  public record Lease(SparkSession session, boolean owned) implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        session.stop();
      }
    }
  }

  public static Lease lease(String master, String appName) {
    boolean existing = SparkSession.getDefaultSession().isDefined();
    return new Lease(create(master, appName), !existing);
  }

  /**
   * A session on {@code master}; when null, the master spark-submit set, else local mode on every
   * core. Local sessions bind to 127.0.0.1: the machine's host name may not resolve.
   */
  public static SparkSession create(String master, String appName) {
    SparkConf conf = new SparkConf(true);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    boolean local = conf.get("spark.master").startsWith("local");
    if (local) {
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    conf.setAppName(appName)
        .set("spark.sql.session.timeZone", "UTC")
        .set("spark.sql.datetime.java8API.enabled", "true")
        .set("spark.sql.jsonGenerator.ignoreNullFields", "false")
        .setIfMissing("spark.sql.shuffle.partitions", "8")
        // Spark's default page (up to 64 MB) is a "humongous" object for G1; on a heap holding a
        // million articles' worth of work such pages can fail to find room although most of the
        // heap is free. Smaller pages only mean more of them.
        .setIfMissing("spark.buffer.pageSize", "8m")
        .set("spark.sql.parquet.compression.codec", "snappy")
        .set("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .set("spark.hadoop.parquet.summary.metadata.level", "NONE");
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
