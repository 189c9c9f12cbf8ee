package dev.parley.score;

/** A gold statement paired with a prediction: indexes into the lists given to the matcher. */
public record SpanMatch(int goldIndex, int predIndex, int overlap) {}
