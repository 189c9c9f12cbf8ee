package dev.parley.job;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
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
    Dataset<Row> shingled = shingle(pool).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> keys = buckets(shingled);
    // Most buckets hold one article: find the shared ones with a cheap count first.
    Dataset<Row> shared = keys.groupBy("band", "bucket").count().filter(col("count").gt(1)).drop("count");
    Dataset<Row> buckets = keys.join(shared, new String[] {"band", "bucket"}, "left_semi")
        .groupBy("band", "bucket")
        .agg(array_sort(collect_list(struct(col("file_index"), col("line"), col("article_id"), col("is_new"))))
            .as("members"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Row sizes = buckets.agg(max(size(col("members"))),
        sum(when(size(col("members")).gt(BUCKET_WINDOW + 1), 1).otherwise(0))).first();
    long largest = sizes.isNullAt(0) ? 0 : sizes.getInt(0);
    long capped = sizes.isNullAt(1) ? 0 : sizes.getLong(1);

    Dataset<Row> candidates = candidatePairs(buckets).persist(StorageLevel.MEMORY_AND_DISK());
    long candidateCount = candidates.count();
    Dataset<Row> confirmed = confirm(candidates, shingled, settings.minJaccard()).persist(StorageLevel.MEMORY_AND_DISK());
    long confirmedCount = confirmed.count();

    Dataset<Row> parents = confirmed.groupBy(col("b").as("article_id"))
        .agg(min(struct(col("a_file_index"), col("a_line"), col("a"))).getField("a").as("near_root"));
    Dataset<Row> roots = resolveRoots(parents.unionByName(knownRoots.select("article_id", "near_root")))
        .join(parents.select("article_id"), "article_id");
    roots = roots.localCheckpoint();
    for (Dataset<Row> d : List.of(shingled, buckets, candidates, confirmed)) {
      d.unpersist();
    }
    return new Result(roots, candidateCount, confirmedCount, largest, capped);
  }

  /** The schema of {@link #shingle}'s rows. */
  private static final StructType SHINGLED = new StructType()
      .add("article_id", DataTypes.StringType, false)
      .add("file_index", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("is_new", DataTypes.BooleanType, false)
      .add("shingles", DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("band_keys", DataTypes.createArrayType(DataTypes.LongType, false), false);

  /**
   * Shingles and band keys of every article with words, in plain Java once per article (a column
   * expression per shingle and hash function costs a hundred times more).
   */
  static Dataset<Row> shingle(Dataset<Row> pool) {
    return pool.select("article_id", "file_index", "line", "is_new", "text")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          long[] shingles = MinHash.shingles(r.getString(4));
          if (shingles.length == 0) {
            return Collections.emptyIterator();
          }
          return List.of(RowFactory.create(r.get(0), r.get(1), r.get(2), r.get(3), boxed(shingles),
              boxed(MinHash.bandKeys(shingles)))).iterator();
        }, Encoders.row(SHINGLED));
  }

  private static Long[] boxed(long[] values) {
    Long[] out = new Long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }

  /** One row per article and band: the key of that band. */
  private static Dataset<Row> buckets(Dataset<Row> shingled) {
    return shingled.select(col("article_id"), col("file_index"), col("line"), col("is_new"),
            posexplode(col("band_keys")).as(new String[] {"band", "bucket"}));
  }

  /**
   * Pairs inside each bucket (members in input order): each member with the
   * {@value #BUCKET_WINDOW} before it, kept when the later one is new.
   */
  private static Dataset<Row> candidatePairs(Dataset<Row> buckets) {
    String pairs = "flatten(transform(sequence(1, size(members) - 1), j -> "
        + "transform(sequence(greatest(0, j - " + BUCKET_WINDOW + "), j - 1), i -> "
        + "named_struct('a', members[i].article_id, 'a_file_index', members[i].file_index, "
        + "'a_line', members[i].line, 'b', members[j].article_id, 'b_new', members[j].is_new))))";
    return buckets.select(explode(expr(pairs)).as("p"))
        .select("p.*")
        .filter(col("b_new"))
        .drop("b_new")
        .distinct();
  }

  /** The candidate pairs whose shingle sets have at least the threshold's Jaccard similarity. */
  private static Dataset<Row> confirm(Dataset<Row> candidates, Dataset<Row> shingled, double minJaccard) {
    Dataset<Row> sets = shingled.select("article_id", "shingles");
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
