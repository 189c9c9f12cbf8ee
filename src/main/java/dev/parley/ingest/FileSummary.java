package dev.parley.ingest;

/**
 * What one input file held, for the manifest.
 *
 * @param path the file as listed for the run
 * @param format the input form it was read as
 * @param bytes its size on disk
 * @param sha256 checksum of its bytes on disk
 * @param records input records read from it (articles and rejects)
 * @param complete false when reading stopped early (an unreadable or corrupt file)
 */
public record FileSummary(String path, String format, long bytes, String sha256, long records, boolean complete) {}
