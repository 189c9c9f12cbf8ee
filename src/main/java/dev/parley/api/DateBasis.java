package dev.parley.api;

import java.util.Locale;

/** How a statement date was found; written in lower case as CONTRACT.md says. */
public enum DateBasis {
  /** A date written out in the text ("on June 12", the dateline). */
  EXPLICIT,
  /** A relative mention resolved against the publication date ("said Tuesday"). */
  RELATIVE,
  /** Nothing said otherwise: the publication date. */
  PUBLISHED,
  /** No anchor or the text places it on a day it does not give: null date. */
  UNRESOLVED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
