package dev.parley.time;
// TEMPORARY STUB, replaced by feat/time
public record StatementDate(java.time.LocalDate date, dev.parley.api.DateBasis basis) {}
