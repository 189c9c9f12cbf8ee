package dev.parley.time;

import dev.parley.api.DateBasis;
import java.time.LocalDate;

/** The day a statement was made and how it was found; date is null when basis is UNRESOLVED. */
public record StatementDate(LocalDate date, DateBasis basis) {
  static final StatementDate UNRESOLVED = new StatementDate(null, DateBasis.UNRESOLVED);
}
