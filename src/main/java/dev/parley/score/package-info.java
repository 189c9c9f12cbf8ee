/**
 * Accuracy of extracted statements against gold annotations, CONTRACT.md section 4, in plain
 * Java. Small reusable pieces in the manner of OpenNLP's evaluators: {@link
 * dev.parley.score.GoldReader} reads gold and texts, {@link dev.parley.score.SpanMatcher} pairs
 * spans, {@link dev.parley.score.SpeakerMatcher} judges speakers, {@link
 * dev.parley.score.FMeasure}, {@link dev.parley.score.Accuracy} and {@link
 * dev.parley.score.StanceConfusion} count, {@link dev.parley.score.Scorer} puts them together
 * into a {@link dev.parley.score.ScoreReport}.
 *
 * <p>Decisions where the contract leaves room (a second implementation must make the same ones):
 *
 * <ul>
 *   <li>Only gold articles are scored; predictions for other articles are counted as ignored and
 *       take part in no figure. A gold content not found in its text (first occurrence, {@code
 *       indexOf}) stays in every gold total as unmatched, with a warning.
 *   <li>Match: overlap {@code > 0} and {@code 2 * overlap >= shorter length} (exactly half
 *       matches; an odd half is not rounded down). Greedy: largest overlap, then earlier gold
 *       start, then earlier prediction start, then gold list order, then prediction list order
 *       (identical duplicate spans pair in list order).
 *   <li>Speaker: see {@link dev.parley.score.SpeakerMatcher} (punctuation deleted, not turned into
 *       spaces; the surname rule needs a PERSON on either side).
 *   <li>Statement date: only matched pairs whose gold date is non-null; a null prediction is wrong.
 *   <li>Event dates: each statement's dates form a set (a date listed twice counts once); the
 *       main figure uses matched statements only, the strict one the same hits over the pairs of
 *       all predictions and all gold statements.
 *   <li>Stance: a null predicted stance counts as NONE. Labels averaged: those but NONE with a
 *       non-zero row or column in the confusion matrix of matched pairs; a label only in unmatched
 *       predictions is not averaged. No such label: macro-F1 0.
 *   <li>Any ratio with a zero denominator is 0 (the counts are reported beside it).
 * </ul>
 */
package dev.parley.score;
