package io.portolan.tools.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.processor.parse.SourceText;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff engine over the registry copies shipped in {@code data/registry/}, checked against the
 * changes found by hand in those copies, and over small tables of each format, one kind of change each.
 */
class RegistryDiffTest {
  private static final Path REGISTRY = Path.of("../data/registry");
  private static final Path COPY_2024_04_30 = REGISTRY.resolve("service-names-port-numbers-2024-04-30.csv");
  private static final Path COPY_2026_02_25 = REGISTRY.resolve("service-names-port-numbers-2026-02-25.csv");
  private static final Path COPY_2026_04_09 = REGISTRY.resolve("service-names-port-numbers-2026-04-09.csv");

  private static final String IANA_HEADER = "Service Name,Port Number,Transport Protocol,Description,Assignee,"
      + "Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,"
      + "Assignment Notes\r\n";

  @Test
  void from2026_02_25To2026_04_09EightServicesArriveAndOneDescriptionChanges() throws Exception {
    DiffReport report = RegistryDiff.compare(DiffTable.read(COPY_2026_02_25), DiffTable.read(COPY_2026_04_09));
    assertEquals("2026-02-25", report.beforeDate());
    assertEquals("2026-04-09", report.afterDate());
    assertEquals(List.of(
        "Changes from " + COPY_2026_02_25 + " (2026-02-25) to " + COPY_2026_04_09 + " (2026-04-09):",
        "description changed udpstp 24601/udp: \"UDP-based IP-Layer Capacity and performance measurement protocol\""
            + " -> \"UDP-based IP-Layer Capacity and Performance Measurement protocol\"",
        "added               veroce 4794/udp \"veRoCE Transport Protocol\" (2026-03-06)",
        "added               roughtime 5319/tcp \"Roughtime time synchronization\" (2026-03-27)",
        "added               roughtime 5319/udp \"Roughtime time synchronization\" (2026-03-27)",
        "added               sirius-agent 9183/tcp \"Sirius Configuration Agent\" (2026-03-09)",
        "added               sirius-agent 9183/udp \"Sirius Configuration Agent\" (2026-03-09)",
        "added               profinet-cm-sec 34965/tcp \"PROFINET secure connection management and key provisioning\""
            + " (2026-03-10)",
        "added               profinet-cm-sec 34965/udp \"PROFINET secure connection management and key provisioning\""
            + " (2026-03-10)",
        "added               profinet-rt-sec 34966/udp \"PROFINET secure real-time data transfer over UDP (unicast and"
            + " multicast)\" (2026-03-10)",
        "Summary: 0 removed, 0 port withdrawn, 0 renamed, 0 moved, 0 transports changed, 1 description changed,"
            + " 8 added; 11723 unchanged"), text(report));
    assertEquals(List.of(), RetiredNames.of(report));
  }

  @Test
  void from2024_04_30To2026_02_25ElevenNamesLeave() throws Exception {
    DiffReport report = RegistryDiff.compare(DiffTable.read(COPY_2024_04_30), DiffTable.read(COPY_2026_02_25));
    List<String> left = new ArrayList<>();
    List<String> described = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (Change change : report.changes()) {
      String service = change.service() + " " + change.port() + "/" + change.transport();
      switch (change.kind()) {
        case ADDED:
          added.add(service);
          break;
        case DESCRIPTION_CHANGED:
          described.add(service + ": " + change.before() + " -> " + change.after());
          break;
        default:
          left.add(change.kind().label() + " " + service + " -> " + change.after() + " " + change.date()
              + " " + change.note());
      }
    }
    String compressnet = " 2025-02-13 De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]";
    String beep = " 2025-09-29 Previously assigned to NETCONF over BEEP but released by [RFC9900]";
    String soap = " 2025-09-29 Previously assigned to NETCONF over SOAP but released by [RFC9900]";
    assertEquals(List.of(
        "port withdrawn compressnet 2/tcp -> " + compressnet,
        "port withdrawn compressnet 2/udp -> " + compressnet,
        "port withdrawn compressnet 3/tcp -> " + compressnet,
        "port withdrawn compressnet 3/udp -> " + compressnet,
        "port withdrawn netconf-beep 831/tcp -> " + beep,
        "port withdrawn netconf-beep 831/udp -> " + beep,
        "port withdrawn netconfsoaphttp 832/tcp -> " + soap,
        "port withdrawn netconfsoaphttp 832/udp -> " + soap,
        "port withdrawn netconfsoapbeep 833/tcp -> " + soap,
        "port withdrawn netconfsoapbeep 833/udp -> " + soap,
        "renamed pearldoc-xact 1980/tcp -> panquest-xact 2025-11-20 ",
        "renamed pearldoc-xact 1980/udp -> panquest-xact 2025-11-20 ",
        "renamed Apple Remote Desktop (Net Assistant) 3283/tcp -> net-assistant 2025-01-23 ",
        "renamed Apple Remote Desktop (Net Assistant) 3283/udp -> net-assistant 2025-01-23 ",
        "renamed Escale (Newton Dock) 3679/tcp -> newton-dock 2025-01-23 ",
        "renamed Escale (Newton Dock) 3679/udp -> newton-dock 2025-01-23 ",
        "renamed fox-skytale 4319/tcp -> skytale 2025-10-30 ",
        "renamed fox-skytale 4319/udp -> skytale 2025-10-30 ",
        "renamed avi-nms 4413/tcp -> vision-mon 2025-11-14 ",
        "renamed avi-nms-disc 4413/udp -> vision-mon-disc 2025-11-14 ",
        "renamed pmcdproxy 44322/tcp -> pmproxy 2025-09-26 ",
        "renamed pmcdproxy 44322/udp -> pmproxy 2025-09-26 "), left);
    String rift = " (TEMPORARY - registered 2023-02-17, extension registered 2024-01-12, expires 2025-02-17)";
    assertEquals(List.of(
        "rift-lies 914/udp: Routing in Fat Trees Link Information Elements" + rift
            + " -> Routing in Fat Trees Link Information Element",
        "rift-ties 915/udp: Routing in Fat Trees Topology Information Elements" + rift
            + " -> Routing in Fat Trees Topology Information Element",
        "dx-instrument 1325/tcp: DX-Instrument -> Thermo Fisher Scientific Instrumentation (Formally Dionex)",
        "dx-instrument 1325/udp: DX-Instrument -> Thermo Fisher Scientific Instrumentation (Formally Dionex)",
        "mmpft 1815/tcp: MMPFT -> Manufacturing messaging protocol for factory transmission",
        "mmpft 1815/udp: MMPFT -> Manufacturing messaging protocol for factory transmission"), described);
    assertEquals(List.of("tacacss 300/tcp", "urp 2794/tcp", "urp 2794/udp", "m-bus-oms 4503/udp", "uet 4793/udp",
        "ipsdtls 5914/tcp", "ipsdtls 5914/udp", "ipsdtls 5914/sctp", "iona-data 6318/tcp", "wtmi-panel 7575/tcp",
        "authoritygate 7668/tcp", "kaostransport 9986/tcp", "ollama 11434/tcp", "xahaud 21337/tcp",
        "udpstp 24601/udp", "chlenix 27016/tcp", "witsnet 45185/tcp", "witsnet 45185/udp"), added);
    // 185 descriptions differ as text, 179 of them only where a line break replaced a space.
    assertEquals(11509 + 179, report.unchanged());
  }

  @Test
  void theRetiredNamesOfTheHistoryAreTheShippedFile() throws Exception {
    DiffReport report = RegistryDiff.compare(DiffTable.read(COPY_2024_04_30), DiffTable.read(COPY_2026_02_25));
    StringBuilder csv = new StringBuilder();
    RetiredNames.writeCsv(RetiredNames.of(report), true, csv);
    assertEquals(List.of(
        "service,port,transports,left,why,replacement,reference,constant",
        "compressnet,2,tcp udp,2025-02-13,de-assigned,,,COMPRESSNET",
        "compressnet,3,tcp udp,2025-02-13,de-assigned,,,COMPRESSNET_3",
        "netconf-beep,831,tcp udp,2025-09-29,port withdrawn,,RFC9900,NETCONF_BEEP",
        "netconfsoaphttp,832,tcp udp,2025-09-29,port withdrawn,,RFC9900,NETCONFSOAPHTTP",
        "netconfsoapbeep,833,tcp udp,2025-09-29,port withdrawn,,RFC9900,NETCONFSOAPBEEP",
        "pearldoc-xact,1980,tcp udp,2025-11-20,renamed,panquest-xact,,PEARLDOC_XACT",
        "Apple Remote Desktop (Net Assistant),3283,tcp udp,2025-01-23,renamed,net-assistant,,APPLE_REMOTE_DESKTOP_NET_ASSISTANT",
        "Escale (Newton Dock),3679,tcp udp,2025-01-23,renamed,newton-dock,,ESCALE_NEWTON_DOCK",
        "fox-skytale,4319,tcp udp,2025-10-30,renamed,skytale,,FOX_SKYTALE",
        "avi-nms,4413,tcp,2025-11-14,renamed,vision-mon,,AVI_NMS",
        "avi-nms-disc,4413,udp,2025-11-14,renamed,vision-mon-disc,,AVI_NMS_DISC",
        "pmcdproxy,44322,tcp udp,2025-09-26,renamed,pmproxy,,PMCDPROXY"), lines(csv.toString()));
    Path shipped = Path.of("../data/src/main/resources/io/portolan/data/iana-retired.csv");
    assertEquals(csv.toString(), Files.readString(shipped), "iana-retired.csv is what the procedure wrote");
  }

  @Test
  void theShippedChangeReportsAreWhatTheEngineReports() throws Exception {
    Path[][] updates = {{COPY_2024_04_30, COPY_2026_02_25}, {COPY_2026_02_25, COPY_2026_04_09}};
    for (Path[] update : updates) {
      DiffReport report = RegistryDiff.compare(DiffTable.read(update[0]), DiffTable.read(update[1]));
      List<String> expected = text(report);
      String shipped = Files.readString(Path.of("../data/registry-changes/" + report.afterDate() + ".md"));
      assertTrue(shipped.contains("\n" + report.summary() + "\n"), shipped);
      String block = "```text\n" + String.join("\n", expected.subList(1, expected.size() - 1)) + "\n```\n";
      assertTrue(shipped.contains(block), () -> report.afterDate() + ".md lists other changes than:\n" + block);
    }
  }

  @Test
  void eachKindOfChangeInPortolansFormat() throws Exception {
    String old = "port,transports,constant,service,description,status\n"
        + "7,tcp udp,ECHO,echo,Echo\n"
        + "100,tcp,FOO,foo,Foo service\n"
        + "200,tcp udp,BAR,bar,Bar\n"
        + "300,tcp,,oldname,Thing\n"
        + "400,udp,GONE,,Gone\n"
        + "500,tcp,DESC,desc,Old text\n"
        + "600,tcp,,,Unassigned,unassigned\n";
    String now = "# a comment\n"
        + "port,transports,constant,service,description\n"
        + "7,tcp udp,ECHO,echo,Echo\n"
        + "101,tcp,FOO,foo,Foo service\n"
        + "200,tcp,BAR,bar,Bar\n"
        + "300,tcp,,newname,Thing\n"
        + "500,tcp,DESC,desc,New text\n"
        + "6000-6063,tcp sctp,X11,x11,X Window System\n";
    assertEquals(List.of(
        "removed             GONE 400/udp \"Gone\"",
        "renamed             oldname 300/tcp -> newname",
        "moved               FOO 100/tcp -> port 101",
        "transports changed  BAR 200/udp: tcp udp -> tcp",
        "description changed DESC 500/tcp: \"Old text\" -> \"New text\"",
        "added               X11 6000-6063/tcp \"X Window System\"",
        "added               X11 6000-6063/sctp \"X Window System\"",
        "Summary: 1 removed, 0 port withdrawn, 1 renamed, 1 moved, 1 transports changed, 1 description changed,"
            + " 2 added; 3 unchanged"), compare(old, now).subList(1, 9));

    StringBuilder retired = new StringBuilder();
    RetiredNames.writeCsv(RetiredNames.of(RegistryDiff.compare(read("old.csv", old), read("new.csv", now))), false,
        retired);
    assertEquals("GONE,400,udp,,removed,,,GONE\n"
        + "oldname,300,tcp,,renamed,newname,,OLDNAME\n"
        + "FOO,100,tcp,,moved,101,,FOO\n", retired.toString(), "the left date is empty when neither table has one");
  }

  @Test
  void theRegistryAsServedWithAPortWithdrawnAndLineBreaksInFields() throws Exception {
    String old = IANA_HEADER
        + "netconf-beep,831,tcp,NETCONF over BEEP,,,,,[RFC4744],,,\r\n"
        + "echo,7,tcp,Echo,,,,,,,,\r\n"
        + "multi,900,udp,\"first line\nsecond line\",,,2020-01-01,,,,,\r\n"
        + "gone,950,tcp,Gone,,,,,,,,\r\n";
    String now = IANA_HEADER
        + ",831,tcp,Reserved,,,,2025-09-29,,,,\"Previously assigned to NETCONF over BEEP\nbut released by [RFC9900]\"\r\n"
        + "netconf-beep,,,NETCONF over BEEP,,,,,[RFC4744][RFC9900],,,\r\n"
        + "echo,7,tcp,Echo,,,,,,,,\r\n"
        + "multi,900,udp,\"first line second line\",,,2020-01-01,,,,,\r\n"
        + ",950,tcp,Unassigned,,,,,,,,\r\n"
        + "fresh,951,tcp,\"Fresh,\nnew\",,,2026-01-02,,,,,\r\n";
    List<String> lines = compare(old, now);
    assertEquals("Changes from old.csv (2020-01-01) to new.csv (2026-01-02):", lines.get(0));
    assertEquals(List.of(
        "removed             gone 950/tcp \"Gone\"",
        "port withdrawn      netconf-beep 831/tcp: the name stays, without a port"
            + " (2025-09-29; Previously assigned to NETCONF over BEEP but released by [RFC9900])",
        "added               fresh 951/tcp \"Fresh,\\nnew\" (2026-01-02)",
        "Summary: 1 removed, 1 port withdrawn, 0 renamed, 0 moved, 0 transports changed, 0 description changed,"
            + " 1 added; 2 unchanged"), lines.subList(1, lines.size()));

    DiffReport report = RegistryDiff.compare(read("old.csv", old), read("new.csv", now));
    StringBuilder csv = new StringBuilder();
    report.writeCsv(csv);
    assertEquals("change,service,port,transport,before,after,date,note\n"
        + "removed,gone,950,tcp,Gone,,,\n"
        + "port-withdrawn,netconf-beep,831,tcp,,,2025-09-29,Previously assigned to NETCONF over BEEP but released by"
        + " [RFC9900]\n"
        + "added,fresh,951,tcp,,\"Fresh,\nnew\",2026-01-02,\n", csv.toString());
  }

  @Test
  void eachKindOfChangeInServicesFiles() throws Exception {
    String old = "# /etc/services\n"
        + "echo\t\t7/tcp\n"
        + "echo\t\t7/udp\n"
        + "foo\t\t100/tcp\t\t# Foo\n"
        + "kerberos\t88/tcp\t\tkerberos5 krb5\n";
    String now = "echo\t\t7/tcp\n"
        + "foo\t\t100/tcp\t\t# Foo bar\n"
        + "kerberos\t88/tcp\t\tkrb5\n"
        + "baz\t\t8/udp\n";
    assertEquals(List.of(
        "transports changed  echo 7/udp: tcp udp -> tcp",
        "description changed foo 100/tcp: \"Foo\" -> \"Foo bar\"",
        "added               baz 8/udp \"\"",
        "Summary: 0 removed, 0 port withdrawn, 0 renamed, 0 moved, 1 transports changed, 1 description changed,"
            + " 1 added; 2 unchanged"), compare(old, now).subList(1, 5));
  }

  @Test
  void namesDifferingOnlyInCaseAreOneServiceAndTablesOfTwoFormatsCompare() throws Exception {
    String portolan = "port,transports,service,description\n22,tcp,SSH,The Secure Shell\n";
    String services = "ssh 22/tcp # The Secure Shell\n";
    DiffReport report = RegistryDiff.compare(read("a.csv", portolan), read("services", services));
    assertEquals(List.of(), report.changes());
    assertEquals(1, report.unchanged());
  }

  @Test
  void aNameOnTwoPortsThatMovesOneOfThemIsRemovedAndAdded() throws Exception {
    String old = "port,transports,service\n18,tcp,msp\n2438,tcp,msp\n";
    String now = "port,transports,service\n18,tcp,msp\n2439,tcp,msp\n";
    assertEquals(List.of("moved               msp 2438/tcp -> port 2439"), compare(old, now).subList(1, 2));
    String twoGone = "port,transports,service\n17,tcp,msp\n19,tcp,msp\n";
    Map<ChangeKind, Integer> counts = RegistryDiff.compare(read("old.csv", old), read("new.csv", twoGone)).counts();
    assertEquals(2, counts.get(ChangeKind.REMOVED), "two candidates for a move are not guessed");
    assertEquals(2, counts.get(ChangeKind.ADDED));
  }

  @Test
  void badInputNamesTheFileAndLine() {
    DiffInputException badPort = assertThrows(DiffInputException.class,
        () -> read("ports.csv", "port,transports,service\n22,tcp,ssh\n70000,tcp,big\n"));
    assertEquals(List.of("ports.csv:3: [Portolan/BadPort] \"70000\" is not a port number (0-65535)"), badPort.problems());

    DiffInputException unclosed = assertThrows(DiffInputException.class,
        () -> read("iana.csv", IANA_HEADER + "echo,7,tcp,Echo,,,,,,,,\r\nbad,8,tcp,\"never closed,,,,,,,,\r\n"));
    assertEquals(1, unclosed.problems().size(), unclosed.problems()::toString);
    assertTrue(unclosed.problems().get(0).startsWith("iana.csv:3: [Portolan/MalformedCsv]"), unclosed.problems()::toString);

    DiffInputException unknown = assertThrows(DiffInputException.class, () -> read("notes.txt", "hello world\n"));
    assertTrue(unknown.problems().get(0).startsWith("notes.txt:1: "), unknown.problems()::toString);

    DiffInputException empty = assertThrows(DiffInputException.class, () -> read("empty.csv", "\n# nothing\n"));
    assertTrue(empty.problems().get(0).startsWith("empty.csv:1: "), empty.problems()::toString);
  }

  @Test
  void filesThatCannotBeReadAreBadInput(@TempDir Path directory) throws IOException {
    Path missing = directory.resolve("missing.csv");
    assertEquals(List.of(missing + ": no such file"),
        assertThrows(DiffInputException.class, () -> DiffTable.read(missing)).problems());
    assertEquals(List.of(directory + ": is a directory, not a port table"),
        assertThrows(DiffInputException.class, () -> DiffTable.read(directory)).problems());
    Path latin1 = directory.resolve("latin1.csv");
    Files.write(latin1, "port,transports,service\n22,tcp,ssh\n23,tcp,t\u00e9lnet\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of(notUtf8(latin1, 3, "byte 0xe9 at offset 43 is not UTF-8")),
        assertThrows(DiffInputException.class, () -> DiffTable.read(latin1)).problems());
  }

  @Test
  void theBadByteOfAFileWithCarriageReturnLineEndsIsOnItsLine(@TempDir Path directory) throws IOException {
    Path crOnly = directory.resolve("cr.csv");
    Files.write(crOnly, "port,transports,service\r22,tcp,ssh\r23,tcp,t\u00e9lnet\r".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(List.of(notUtf8(crOnly, 3, "byte 0xe9 at offset 43 is not UTF-8")),
        assertThrows(DiffInputException.class, () -> DiffTable.read(crOnly)).problems());
  }

  /** Returns what the table readers report for a file that is not UTF-8. */
  private static String notUtf8(Path file, int line, String what) {
    return Problem.of(Message.SOURCE_UNREADABLE, file + ":" + line, file.toString(), what).text();
  }

  private static List<String> compare(String old, String now) throws Exception {
    return text(RegistryDiff.compare(read("old.csv", old), read("new.csv", now)));
  }

  private static DiffTable read(String name, String content) throws DiffInputException {
    return DiffTable.read(new SourceText(name, content));
  }

  private static List<String> text(DiffReport report) throws IOException {
    StringBuilder text = new StringBuilder();
    report.writeText(text);
    return lines(text.toString());
  }

  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n"));
  }
}
