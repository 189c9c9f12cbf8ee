package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProcStatsTest {
  @Test
  void readsThisProcess() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    ProcStats s = ProcStats.read(ProcessHandle.current().pid());
    assertNotNull(s);
    assertTrue(s.rssBytes() > 10_000_000, "a JVM holds more than 10 MB: " + s);
    assertTrue(s.peakRssBytes() >= s.rssBytes(), s.toString());
    assertTrue(s.cpuSeconds() > 0, s.toString());
  }

  @Test
  void aGoneProcessReadsAsNull() {
    assertNull(ProcStats.read(Long.MAX_VALUE));
  }

  @Test
  void parsesStatWithSpacesAndParenthesesInTheCommandName() {
    String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 1000 0 0 0 1234 567 0 0 20 0 30 0 100 0 0";
    assertEquals(18.01, ProcStats.cpuSeconds(stat), 1e-9);
    assertEquals(123456, ProcStats.kilobytes("Name:\tjava\nVmHWM:\t  123456 kB\nVmRSS:\t 100 kB\n", "VmHWM:"));
  }
}
