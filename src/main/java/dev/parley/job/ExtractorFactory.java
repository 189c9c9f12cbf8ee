package dev.parley.job;

import dev.parley.api.StatementExtractor;
import java.io.Serializable;

/** Makes the extractor a Spark task uses: called once per partition, on the executor. */
@FunctionalInterface
public interface ExtractorFactory extends Serializable {
  StatementExtractor create();
}
