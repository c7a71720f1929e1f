package io.portolan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.catalogs.IanaPort;
import io.portolan.catalogs.IanaPorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code portinfo diff} as a user would, over the registry copies in {@code data/registry/} and small tables. */
class DiffCommandTest {
  private static final Path REGISTRY = Path.of("../data/registry");
  private static final String OLD = REGISTRY.resolve("service-names-port-numbers-2026-02-25.csv").toString();
  private static final String NEW = REGISTRY.resolve("service-names-port-numbers-2026-04-09.csv").toString();

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int diff(String... args) {
    List<String> command = new ArrayList<>(List.of("diff"));
    command.addAll(List.of(args));
    return new PortInfo(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(command.toArray(new String[0]));
  }

  private List<String> outLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private List<String> errLines() {
    return err.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void theTextReportOfTheUpdateTo2026_04_09() {
    assertEquals(DiffCommand.COMPARED, diff(OLD, NEW));
    List<String> lines = outLines();
    assertEquals(11, lines.size(), lines::toString);
    assertEquals("added               roughtime 5319/udp \"Roughtime time synchronization\" (2026-03-27)", lines.get(4));
    assertEquals("Summary: 0 removed, 0 port withdrawn, 0 renamed, 0 moved, 0 transports changed, 1 description changed,"
        + " 8 added; 11723 unchanged", lines.get(10));
    assertEquals(List.of(), errLines());
  }

  @Test
  void theBundledRegistryIsTheOneTheLastUpdateBroughtIn() throws IOException {
    String newest;
    try (Stream<Path> reports = Files.list(Path.of("../data/registry-changes"))) {
      newest = reports.map(report -> report.getFileName().toString().replaceFirst("\\.md$", ""))
          .max(String::compareTo)
          .orElseThrow();
    }
    assertEquals(newest, IanaPort.catalogDate());
    assertEquals("2026-04-09", IanaPort.catalogDate());
    assertEquals(5319, IanaPorts.ROUGHTIME, "a service the 2026-04-09 update added");
  }

  @Test
  void theCsvReportIsOneRowPerChange() {
    assertEquals(DiffCommand.COMPARED, diff("--format", "csv", OLD, NEW));
    List<String> lines = outLines();
    assertEquals("change,service,port,transport,before,after,date,note", lines.get(0));
    assertEquals("description-changed,udpstp,24601,udp,UDP-based IP-Layer Capacity and performance measurement protocol,"
        + "UDP-based IP-Layer Capacity and Performance Measurement protocol,,", lines.get(1));
    assertEquals("added,veroce,4794,udp,,veRoCE Transport Protocol,2026-03-06,", lines.get(2));
    assertEquals(10, lines.size());
  }

  @Test
  void theRetiredNamesOfTheHistory() {
    String oldest = REGISTRY.resolve("service-names-port-numbers-2024-04-30.csv").toString();
    assertEquals(DiffCommand.COMPARED, diff(oldest, OLD, "--format=retired"));
    List<String> lines = outLines();
    assertEquals(13, lines.size(), lines::toString);
    assertEquals("netconf-beep,831,tcp udp,2025-09-29,port withdrawn,,RFC9900,NETCONF_BEEP", lines.get(3));
  }

  @Test
  void theTwoCopiesDiffTheSameWhicheverCopyOfAFormatIsGiven(@TempDir Path directory) throws IOException {
    Path old = directory.resolve("old");
    Path now = directory.resolve("new");
    Files.writeString(old, "ssh 22/tcp\nssh 22/udp\n");
    Files.writeString(now, "port,transports,service\n22,tcp,ssh\n");
    assertEquals(DiffCommand.COMPARED, diff(old.toString(), now.toString()));
    assertEquals("transports changed  ssh 22/udp: tcp udp -> tcp", outLines().get(1));
  }

  @Test
  void badInputExitsWithTwoAndSaysWhy(@TempDir Path directory) throws IOException {
    assertEquals(DiffCommand.BAD_INPUT, diff(OLD));
    assertEquals("portinfo diff: expected two tables, OLD and NEW, but got 1", errLines().get(0));
    err.reset();

    assertEquals(DiffCommand.BAD_INPUT, diff(OLD, NEW, "--format", "xml"));
    assertEquals("portinfo diff: unknown format \"xml\" (text, csv or retired)", errLines().get(0));
    err.reset();

    Path missing = directory.resolve("missing.csv");
    assertEquals(DiffCommand.BAD_INPUT, diff(OLD, missing.toString()));
    assertEquals(List.of("portinfo diff: " + missing + ": no such file"), errLines());
    err.reset();

    Path malformed = directory.resolve("ports.csv");
    Files.writeString(malformed, "port,transports,service\n22,tcp,ssh\n23,tcpx,telnet\n");
    assertEquals(DiffCommand.BAD_INPUT, diff(malformed.toString(), NEW));
    assertEquals(List.of("portinfo diff: " + malformed + ":3: [Portolan/UnknownTransport] unknown transport"
        + " \"tcpx\"; expected tcp, udp, sctp or dccp"), errLines());
    assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is reported when a table is bad");
  }

  @Test
  void anEmptyFileNameIsAUsageError() {
    assertEquals(DiffCommand.BAD_INPUT, diff("", NEW));
    assertTrue(errLines().get(0).contains("an empty argument is no table's file name"), errLines()::toString);
  }

  @Test
  void aReportThatCannotBeWrittenIsAnError() {
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    for (String format : List.of("text", "csv", "retired")) {
      int status = new PortInfo(new PrintStream(full, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8)).run("diff", OLD, NEW, "--format", format);
      assertEquals(DiffCommand.CANNOT_WRITE, status, format);
    }
  }

  @Test
  void aFileThatIsNoPortTableIsRefusedInWordsThatFitTheCommandLine(@TempDir Path directory) throws IOException {
    Path prose = directory.resolve("notes.txt");
    Files.writeString(prose, "these are notes, not ports\n");
    assertEquals(DiffCommand.BAD_INPUT, diff(prose.toString(), NEW));
    String errors = String.join("\n", errLines());
    assertTrue(errors.contains("cannot tell the table's format from its first line"), errors);
    assertTrue(!errors.contains("set format"), "a command-line user has no format to set: " + errors);
  }
}
