package dev.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM like the benchmark's runs, measured: here {@code parley --version}, which needs no Spark. */
class ChildJvmTest {
  @TempDir Path tmp;

  @Test
  void runsAndMeasuresAChildJvm() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    ChildJvm jvm = ChildJvm.current();
    Path dir = tmp.resolve("version");
    List<String> command = jvm.command(List.of("-Xmx64m", "-Xlog:gc:file=" + dir.resolve("gc-driver.log")),
        "dev.parley.cli.Main", List.of("--version"));
    ChildJvm.Measured m = ChildJvm.run(command, Map.of(), dir, null, 20);
    assertEquals(0, m.exitCode(), ChildJvm.tail(dir, 20));
    assertTrue(Files.readString(dir.resolve("stdout.log")).startsWith("parley "));
    assertTrue(m.wallSeconds() > 0);
    assertTrue(m.driver().peakRssBytes() > 5_000_000, m.toString());
    assertEquals(1, m.driver().processes());
    assertEquals(0, m.executors().processes());
    assertTrue(Files.readString(dir.resolve("command.txt")).contains("--add-opens=java.base/java.nio=ALL-UNNAMED"));
  }

  @Test
  void aFailingChildGivesItsExitCodeAndStandardError() {
    ChildJvm jvm = ChildJvm.current();
    Path dir = tmp.resolve("bad");
    ChildJvm.Measured m = ChildJvm.run(jvm.command(List.of("-Xmx64m"), "dev.parley.cli.Main", List.of("frobnicate")),
        Map.of(), dir, null, 50);
    assertEquals(2, m.exitCode());
    assertTrue(ChildJvm.tail(dir, 5).contains("frobnicate"), ChildJvm.tail(dir, 5));
  }
}
