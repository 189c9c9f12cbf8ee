package dev.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.api.Article;
import dev.parley.api.Extraction;
import dev.parley.api.StageListener;
import dev.parley.api.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementPipelineTest {
  // Sentences in the manner of KCNA, 2024 (../shared/eval/kcna-2023-2024, CC0).
  private static final String TEXT = "The spokesman said the DPRK will never sit with the U.S. for talks. "
      + "The minister said the drills are a rehearsal for war. "
      + "The Foreign Ministry said it will take countermeasures. ";
  private static final Article ARTICLE = Article.of("k1", LocalDate.of(2024, 11, 8), TEXT);

  @Test
  void aCapKeepsTheFirstStatementsWholeAndCountsTheRest() {
    StatementPipeline pipeline = new StatementPipeline();
    List<Statement> all = pipeline.extract(ARTICLE);
    assertEquals(3, all.size(), all.toString());
    Extraction capped = pipeline.extract(ARTICLE, StageListener.NONE, 2);
    assertEquals(all.subList(0, 2), capped.statements());
    assertEquals(3, capped.found());
    assertTrue(capped.truncated());
    assertFalse(pipeline.extract(ARTICLE, StageListener.NONE, 3).truncated());
  }

  @Test
  void aDayInTheClauseAfterAnIndirectContentDoesNotDateIt() {
    // Reuters-21578 (1987), shortened: the strikes began on January 19; the employers spoke on the day of the
    // report. Made up: "said on Monday that" still dates its statement.
    StatementPipeline pipeline = new StatementPipeline();
    LocalDate published = LocalDate.of(1987, 3, 3);
    Statement employers = pipeline.extract(Article.of("r1", published,
        "The series of strikes, which employers say has cost them seven mln guilders, began on January 19.")).get(0);
    assertEquals("has cost them seven mln guilders", employers.content());
    assertEquals(published, employers.statementDate());
    assertEquals(List.of(), employers.eventDates());
    Statement minister = pipeline.extract(Article.of("r2", published,
        "The minister said on Monday that the dispute must end.")).get(0);
    assertEquals(LocalDate.of(1987, 3, 2), minister.statementDate());
  }

  @Test
  void stagesAreReportedInOrder() {
    List<String> entered = new ArrayList<>();
    new StatementPipeline().extract(ARTICLE, entered::add, 10);
    assertEquals(StatementPipeline.STAGES, entered.stream().distinct().toList());
  }
}
