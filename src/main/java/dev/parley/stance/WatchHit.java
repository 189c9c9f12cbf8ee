package dev.parley.stance;
// TEMPORARY STUB, replaced by feat/stance
public record WatchHit(String name, int start, int end) {}
