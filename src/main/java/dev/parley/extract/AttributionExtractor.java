package dev.parley.extract;
// TEMPORARY STUB, replaced by feat/extract
public final class AttributionExtractor {
  public java.util.List<Attribution> find(dev.parley.text.AnalyzedText t) { return java.util.List.of(); }
}
