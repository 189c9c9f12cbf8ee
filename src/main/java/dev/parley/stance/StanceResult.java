package dev.parley.stance;
// TEMPORARY STUB, replaced by feat/stance
public record StanceResult(dev.parley.api.Stance stance, java.util.List<String> cues, String target) {}
