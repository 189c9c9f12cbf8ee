package dev.parley.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hostile texts of up to about a megabyte, each built to hit one weakness of text processing:
 * unclosed quotes, runs of cues, quote storms, a single huge token, control and bidi characters,
 * broken surrogates. Used by the adversarial tests and by {@code parley timings --adversarial}.
 */
public final class AdversarialTexts {
  // A sentence in the manner of KCNA, 2024 (../shared/eval/kcna-2023-2024, CC0).
  private static final String KCNA = "The spokesman said the DPRK will never sit with the U.S. for talks. ";

  private AdversarialTexts() {}

  /** The cases by name, in a fixed order. */
  public static Map<String, String> all() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("unclosed quote of 1 MB", "He said \"" + "words without end ".repeat(60_000));
    cases.put("10,000 said", "said ".repeat(10_000));
    cases.put("10,000 'X said Y' sentences", KCNA.repeat(10_000));
    cases.put("100,000 quote marks", "\"".repeat(100_000));
    cases.put("8,000 curly quotes and cues", "“a,” he said. ".repeat(8_000));
    cases.put("a single 1 MB token", "x".repeat(1_000_000));
    cases.put("NUL and control characters", (KCNA + "\u0000\u0001\u0002").repeat(5_000));
    cases.put("invalid surrogates", (KCNA + "\uD800 \uDFFF ").repeat(5_000));
    cases.put("mixed line endings", (KCNA + "\r\n" + KCNA + "\r" + KCNA + "\n\n").repeat(3_000));
    cases.put("right-to-left marks", ("\u202E" + KCNA + "\u200F\u202C").repeat(5_000));
    cases.put("dates everywhere", "On October 5, 2019, Oct. 5 and 5 October, said Tuesday. ".repeat(10_000));
    cases.put("20,000 nested 'according to'", "according to ".repeat(20_000) + "X, Y.");
    return cases;
  }
}
