package dev.parley.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One line of a synthetic corpus, in the input form of CONTRACT.md section 1 (no url). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SyntheticArticle(String id, LocalDate published, String title, String text, String source) {}
