package dev.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What Linux says about a process in {@code /proc/<pid>}: peak and current resident memory and
 * CPU time used. Null where the process has gone or there is no {@code /proc}.
 *
 * @param peakRssBytes VmHWM, the high-water mark of resident memory
 * @param rssBytes VmRSS
 * @param cpuSeconds user plus system time
 */
record ProcStats(long peakRssBytes, long rssBytes, double cpuSeconds) {
  /** Clock ticks a second of utime/stime: USER_HZ, 100 on every Linux build we run on. */
  private static final double TICKS_PER_SECOND = 100.0;

  static ProcStats read(long pid) {
    Path dir = Path.of("/proc", Long.toString(pid));
    try {
      String status = Files.readString(dir.resolve("status"));
      String stat = Files.readString(dir.resolve("stat"));
      return new ProcStats(kilobytes(status, "VmHWM:") * 1024, kilobytes(status, "VmRSS:") * 1024, cpuSeconds(stat));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static long kilobytes(String status, String field) {
    for (String line : status.split("\n")) {
      if (line.startsWith(field)) {
        String[] parts = line.substring(field.length()).trim().split("\\s+");
        return Long.parseLong(parts[0]);
      }
    }
    return 0;
  }

  /** utime and stime are fields 14 and 15, counted after the command name's closing parenthesis. */
  static double cpuSeconds(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    // f[0] is field 3 (state), so field n is f[n - 3].
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
  }
}
