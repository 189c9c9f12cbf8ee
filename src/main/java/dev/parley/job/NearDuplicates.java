package dev.parley.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Near duplicates (wire re-runs, one story with small edits) by MinHash LSH over word shingles,
 * as Spark MLlib's {@code MinHashLSH} and {@code approxSimilarityJoin} do (MLlib is not published
 * for the Spark version Parley runs on), with banding, a bound on bucket work and a deterministic
 * grouping. Shingles and signatures are computed in plain Java ({@link MinHash}); the rest are
 * Spark column functions.
 *
 * <ol>
 *   <li>Shingles: the text without a leading dateline ("Pyongyang, May 2 (KCNA) --", which
 *       changes with the day of a re-run), lower-cased, cut into words of letters and digits;
 *       every run of {@value MinHash#SHINGLE_WORDS} words is hashed (xxhash64), a text of fewer words is
 *       one shingle.
 *   <li>MinHash: {@value MinHash#BANDS} x {@value MinHash#ROWS} hash functions {@code (a x + b) mod p} with
 *       coefficients drawn from a fixed seed, so every run gives the same signatures.
 *   <li>LSH: the signature is cut into {@value MinHash#BANDS} bands of {@value MinHash#ROWS}; articles whose
 *       band hashes agree are candidates (a pair at Jaccard 0.85 shares a band with probability
 *       0.99999, a pair at 0.3 with 0.05). In a bucket, each article is paired with at most the
 *       {@value #BUCKET_WINDOW} articles before it (input order), so a bucket of thousands of
 *       templated stories costs linear, not quadratic, work.
 *   <li>Confirmation: a candidate pair counts only when the exact Jaccard similarity of the two
 *       shingle sets reaches the threshold, which removes LSH false positives.
 *   <li>Grouping: a confirmed article points to the earliest article (by input file, then line)
 *       it is near to, and pointers are followed to the root, which is never a duplicate. An
 *       article is a near duplicate exactly when something earlier is near to it, so what later
 *       input brings never changes whether an earlier article counts (incremental runs rely on
 *       this).
 * </ol>
 */
final class NearDuplicates {
  static final int BUCKET_WINDOW = 50;

  /**
   * @param roots {@code article_id, near_root}: every new article of the pool that is a near
   *     duplicate, and the root of its group
   * @param candidatePairs pairs LSH proposed (with a new later member)
   * @param confirmedPairs candidate pairs whose exact Jaccard reaches the threshold
   * @param largestBucket members of the largest LSH bucket
   * @param cappedBuckets buckets larger than the window, where not every pair was compared
   */
  record Result(Dataset<Row> roots, long candidatePairs, long confirmedPairs, long largestBucket,
      long cappedBuckets) {}

  private NearDuplicates() {}

  /**
   * @param pool the articles to compare: {@code article_id, file_index, line, text, is_new};
   *     exact duplicates are left out by the caller (their first copy stands for them)
   * @param knownRoots {@code article_id, near_root} of earlier runs' near duplicates (empty in a
   *     full run): a new article near to one of them joins that group's root
   */
  static Result find(Dataset<Row> pool, Dataset<Row> knownRoots, NearDuplicateSettings settings) {
    Dataset<Row> signed = signatures(pool);
    // One shuffle and sort of the band keys gives each shared bucket's size and, for each member,
    // the members before it; most buckets hold one article and drop out after the first window.
    Dataset<Row> shared = sharedBuckets(buckets(signed)).persist(StorageLevel.MEMORY_AND_DISK());
    Row sizes = shared.agg(max(col("bucket_size")),
        sum(when(col("bucket_rank").equalTo(1).and(col("bucket_size").gt(BUCKET_WINDOW + 1)), 1).otherwise(0)))
        .first();
    long largest = sizes.isNullAt(0) ? 0 : sizes.getLong(0);
    long capped = sizes.isNullAt(1) ? 0 : sizes.getLong(1);

    Dataset<Row> candidates = candidatePairs(shared).persist(StorageLevel.MEMORY_AND_DISK());
    long candidateCount = candidates.count();
    Dataset<Row> sets = null;
    Dataset<Row> confirmed = null;
    long confirmedCount = 0;
    if (candidateCount > 0) {
      sets = shingleSets(pool, candidates).persist(StorageLevel.MEMORY_AND_DISK());
      confirmed = confirm(candidates, sets, settings.minJaccard()).persist(StorageLevel.MEMORY_AND_DISK());
      confirmedCount = confirmed.count();
    }
    Dataset<Row> roots;
    if (confirmedCount == 0) {
      // Nothing is near anything: no pointers to follow (the earlier runs' groups stay as they are).
      roots = pool.sparkSession().createDataFrame(List.of(), ROOTS);
    } else {
      Dataset<Row> parents = confirmed.groupBy(col("b").as("article_id"))
          .agg(min(struct(col("a_file_index"), col("a_line"), col("a"))).getField("a").as("near_root"));
      roots = resolveRoots(parents.unionByName(knownRoots.select("article_id", "near_root")))
          .join(parents.select("article_id"), "article_id")
          .localCheckpoint();
    }
    for (Dataset<Row> d : Arrays.asList(shared, candidates, sets, confirmed)) {
      if (d != null) {
        d.unpersist();
      }
    }
    return new Result(roots, candidateCount, confirmedCount, largest, capped);
  }

  /** The schema of {@link Result#roots()}. */
  private static final StructType ROOTS = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("near_root", DataTypes.StringType, true);

  /** The schema of {@link #signatures}'s rows. */
  private static final StructType SIGNED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("file_index", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("is_new", DataTypes.BooleanType, false)
      .add("band_keys", DataTypes.createArrayType(DataTypes.LongType, false), false);

  /** The schema of {@link #shingleSets}'s rows. */
  private static final StructType SHINGLED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("shingles", DataTypes.createArrayType(DataTypes.LongType, false), false);

  /**
   * The band keys of every article with words, in plain Java once per article (a column
   * expression per shingle and hash function costs a hundred times more). The shingles
   * themselves are not kept: hundreds per article, for a million articles they would outweigh the
   * texts; the few articles in candidate pairs are shingled again ({@link #shingleSets}).
   */
  static Dataset<Row> signatures(Dataset<Row> pool) {
    return pool.select("article_id", "file_index", "line", "is_new", "text")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          long[] shingles = MinHash.shingles(r.getString(4));
          if (shingles.length == 0) {
            return Collections.emptyIterator();
          }
          return List.of(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3),
              boxed(MinHash.bandKeys(shingles)))).iterator();
        }, Encoders.row(SIGNED));
  }

  /** The shingle sets of the pool's articles that are in a candidate pair. */
  private static Dataset<Row> shingleSets(Dataset<Row> pool, Dataset<Row> candidates) {
    Dataset<Row> ids = candidates.select(col("a").as("article_id"))
        .union(candidates.select(col("b").as("article_id")))
        .distinct();
    return pool.select("article_id", "text")
        .join(ids, "article_id")
        .map((MapFunction<Row, Row>) r -> RowFactory.create(r.get(0), boxed(MinHash.shingles(r.getString(1)))),
            Encoders.row(SHINGLED));
  }

  private static Long[] boxed(long[] values) {
    Long[] out = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  /** One row per article and band: the key of that band. */
  private static Dataset<Row> buckets(Dataset<Row> signed) {
    return signed.select(col("article_id"), col("file_index"), col("line"), col("is_new"),
            posexplode(col("band_keys")).as(new String[] {"band", "bucket"}));
  }

  /**
   * The members of buckets shared by more than one article, each with {@code bucket_size}, its
   * place in input order ({@code bucket_rank}, from 1) and {@code earlier}: the up to
   * {@value #BUCKET_WINDOW} members just before it.
   */
  private static Dataset<Row> sharedBuckets(Dataset<Row> keys) {
    WindowSpec inBucket = Window.partitionBy("band", "bucket").orderBy("file_index", "line", "article_id");
    return keys
        .withColumn("bucket_size", count(lit(1)).over(
            inBucket.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())))
        .filter(col("bucket_size").gt(1))
        .withColumn("bucket_rank", row_number().over(inBucket))
        .withColumn("earlier", collect_list(struct(col("article_id"), col("file_index"), col("line")))
            .over(inBucket.rowsBetween(-BUCKET_WINDOW, -1)));
  }

  /**
   * Pairs inside each bucket (members in input order): each member with the
   * {@value #BUCKET_WINDOW} before it, kept when the later one is new.
   */
  private static Dataset<Row> candidatePairs(Dataset<Row> shared) {
    return shared.filter(col("is_new"))
        .select(explode(col("earlier")).as("e"), col("article_id").as("b"))
        .select(col("e.article_id").as("a"), col("e.file_index").as("a_file_index"), col("e.line").as("a_line"),
            col("b"))
        .distinct();
  }

  /** The candidate pairs whose shingle sets have at least the threshold's Jaccard similarity. */
  private static Dataset<Row> confirm(Dataset<Row> candidates, Dataset<Row> sets, double minJaccard) {
    return candidates
        .join(sets.withColumnRenamed("article_id", "a").withColumnRenamed("shingles", "a_shingles"), "a")
        .join(sets.withColumnRenamed("article_id", "b").withColumnRenamed("shingles", "b_shingles"), "b")
        .withColumn("jaccard", expr("size(array_intersect(a_shingles, b_shingles)) "
            + "/ size(array_union(a_shingles, b_shingles))"))
        .filter(col("jaccard").geq(minJaccard))
        .select("a", "a_file_index", "a_line", "b", "jaccard");
  }

  /**
   * Follows {@code article_id -> near_root} pointers until every one names a root (pointer
   * jumping: each pass replaces a pointer by its target's, so a chain of n takes log n passes).
   * Pointers always go to earlier articles, so there are no cycles.
   */
  static Dataset<Row> resolveRoots(Dataset<Row> pointers) {
    Dataset<Row> current = pointers.localCheckpoint();
    for (int pass = 0; pass < 64; pass++) {
      Dataset<Row> target = current.select(col("article_id").as("t_id"), col("near_root").as("t_root"));
      Dataset<Row> next = current.join(target, current.col("near_root").equalTo(target.col("t_id")), "left")
          .select(col("article_id"), coalesce(col("t_root"), col("near_root")).as("near_root"),
              col("t_root").isNotNull().as("moved"))
          .localCheckpoint();
      boolean moved = !next.filter(col("moved")).isEmpty();
      current = next.drop("moved");
      if (!moved) {
        return current;
      }
    }
    throw new IllegalStateException("near-duplicate chains did not resolve in 64 passes");
  }
}
