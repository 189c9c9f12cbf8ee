package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
  @TempDir Path tmp;

  @Test
  void takesThePeaksOverPausesAndFiles() throws IOException {
    // Lines as Java 17's -Xlog:gc writes them with G1.
    Path a = Files.writeString(tmp.resolve("gc-executor-1.log"), String.join("\n",
        "[0.003s][info][gc] Using G1",
        "[0.821s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->17M(382M) 24.311ms",
        "[9.120s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 812M->420M(1024M) 40.002ms",
        "[9.300s][info][gc] GC(8) Concurrent Mark Cycle",
        "[9.500s][info][gc] GC(8) Pause Remark 450M->450M(1024M) 3.100ms",
        ""));
    Path b = Files.writeString(tmp.resolve("gc-executor-2.log"),
        "[1.000s][info][gc] GC(0) Pause Full (System.gc()) 2G->512K(3G) 100.000ms\n");
    GcLog log = GcLog.read(List.of(a, b, tmp.resolve("missing.log")));
    assertEquals(2L << 30, log.peakUsedBytes());
    assertEquals(450L << 20, log.maxAfterGcBytes());
    assertEquals(3L << 30, log.maxCommittedBytes());
    assertEquals(4, log.collections());
    assertEquals(GcLog.NONE, GcLog.read(List.of()));
  }
}
