package dev.parley.stance;

/**
 * One mention of a watch-list entry: the entry's name and the mention's character range
 * {@code [start, end)} in the text searched (UTF-16 offsets, as Java strings count).
 */
public record WatchHit(String name, int start, int end) {}
