package dev.parley.stance;
// TEMPORARY STUB, replaced by feat/stance
public final class StanceTagger {
  public StanceResult classify(String text, dev.parley.text.Span c, String cue, dev.parley.text.Span s) { return new StanceResult(dev.parley.api.Stance.NONE, java.util.List.of(), null); }
}
