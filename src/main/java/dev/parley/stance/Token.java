package dev.parley.stance;

/**
 * A lower-cased word of a text with its character range there. {@code sentence} and
 * {@code clause} number the sentence and the comma-delimited clause holding it, so gaps and
 * negation never reach across them.
 */
record Token(String word, int start, int end, int sentence, int clause) {}
