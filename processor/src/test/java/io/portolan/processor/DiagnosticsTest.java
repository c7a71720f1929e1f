package io.portolan.processor;

import static io.portolan.processor.Compilations.compileRecording;
import static io.portolan.processor.Compilations.messages;
import static io.portolan.processor.Compilations.packageInfo;
import static io.portolan.processor.TestTables.portolan;
import static io.portolan.processor.TestTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.portolan.PortCatalog;
import io.portolan.processor.Compilations.Outcome;
import io.portolan.processor.generate.EnumGenerator;
import io.portolan.processor.generate.TableGenerator;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.validate.Naming;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per class of bad input: each asserts the errors by their {@link Message} (never a copied
 * string), where in the table they are, and that nothing at all was generated.
 */
class DiagnosticsTest {
  private static final String TABLE = "t.csv";
  private static final String SSH = row("22", "tcp", "SSH", "ssh", "", "official", "Secure Shell", "");

  @TempDir Path tables;

  // Finding and reading the table.

  @Test
  void missingFile() {
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"missing.csv\")"));
    assertErrors(outcome, Message.SOURCE_NOT_FOUND.format("missing.csv",
        tables + ", SOURCE_PATH, CLASS_OUTPUT, CLASS_PATH"));
  }

  @Test
  void emptyFile() {
    assertErrors(compileTable(""), at(1, Message.SOURCE_EMPTY.format()));
  }

  @Test
  void blankFile() {
    assertErrors(compileTable(" \n\t\n"), at(1, Message.SOURCE_EMPTY.format()));
  }

  @Test
  void onlyComments() {
    assertErrors(compileTable("# nothing\n# here\n"), at(1, Message.SOURCE_EMPTY.format()));
  }

  @Test
  void notUtf8() throws Exception {
    Files.write(tables.resolve(TABLE), "port,transports,service\n22,tcp,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")"));
    assertErrors(outcome, at(2, Message.SOURCE_UNREADABLE.format(TABLE, "byte 0xe9 at offset 34 is not UTF-8")));
  }

  @Test
  void unknownBundledCatalog() {
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"portolan:nope\")"));
    assertErrors(outcome, Message.UNKNOWN_BUNDLED_CATALOG.format("portolan:nope",
        List.of(PortCatalog.DEFAULTS, PortCatalog.IANA, PortCatalog.WELL_KNOWN)));
  }

  @Test
  void undetectableFormat() {
    assertErrors(compileTable("# a table of ports\nthese are not ports\n22,tcp\n"),
        at(2, Message.FORMAT_UNDETECTED.format("these are not ports")));
  }

  // Parsing rows.

  @Test
  void unclosedQuote() {
    assertErrors(compileTable(portolan(SSH, "# the next row never closes its quote",
            "23,tcp,TELNET,telnet,,official,\"Telnet,", "25,tcp,SMTP,smtp,,official,Mail,")),
        at(4, Message.MALFORMED_CSV.format("(startline 4) EOF reached before encapsulated token finished")));
  }

  /**
   * Locations count every line: comments and blank lines before the header and between rows, line
   * breaks inside quoted fields, and CRLF line ends.
   */
  @Test
  void locationsCountCommentsBlankLinesAndQuotedLineBreaks() {
    String table = String.join("\r\n",
        "# line 1",
        "",
        "# line 3",
        TestTables.HEADER,
        SSH,
        "# line 6",
        "",
        "23,tcp,TELNET,telnet,,official,\"a description",
        "over two lines\",",
        "# line 10",
        "70000,tcp,A,,,official,,",
        "");
    assertErrors(compileTable(table), at(11, Message.BAD_PORT.format("70000")));
  }

  @Test
  void rowWithMoreFieldsThanTheHeader() {
    assertErrors(compileTable(portolan(SSH, "23,tcp,TELNET,telnet,,official,Telnet,,extra")),
        at(3, Message.MALFORMED_CSV.format("the row has 9 fields but the header names 8")));
  }

  @Test
  void missingColumn() {
    assertErrors(compileTable("# no transports\nport,constant,service\n22,SSH,ssh\n"),
        at(2, Message.MISSING_COLUMN.format("transports", List.of("port", "constant", "service"))));
  }

  @Test
  void missingNameColumns() {
    assertErrors(compileTable("# neither constant nor service\nport,transports,description\n22,tcp,Secure Shell\n"),
        at(2, Message.MISSING_COLUMN.format("constant\" or \"service", List.of("port", "transports", "description"))));
  }

  @Test
  void portOutsideRange() {
    assertErrors(compileTable(portolan(
            row("70000", "tcp", "A", "", "", "official", "", ""),
            row("65536", "tcp", "B", "", "", "official", "", ""),
            row("-1", "tcp", "C", "", "", "official", "", ""),
            row("http", "tcp", "D", "", "", "official", "", ""),
            row("65535", "tcp", "E", "", "", "official", "", ""))),
        at(2, Message.BAD_PORT.format("70000")),
        at(3, Message.BAD_PORT.format("65536")),
        at(4, Message.BAD_PORT.format("-1")),
        at(5, Message.BAD_PORT.format("http")));
  }

  @Test
  void missingPort() {
    assertErrors(compileTable(portolan(SSH, row("", "tcp", "A", "", "", "official", "", ""))),
        at(3, Message.MISSING_PORT.format()));
  }

  @Test
  void rangeEndingBeforeItStarts() {
    assertErrors(compileTable(portolan(row("10-5", "tcp", "A", "", "", "official", "", ""))),
        at(2, Message.BAD_RANGE.format("10-5")));
  }

  @Test
  void unknownTransport() {
    assertErrors(compileTable(portolan(row("443", "tcp quic", "HTTPS", "https", "", "official", "", ""))),
        at(2, Message.UNKNOWN_TRANSPORT.format("quic")));
  }

  @Test
  void missingTransport() {
    assertErrors(compileTable(portolan(row("22", "", "SSH", "ssh", "", "official", "", ""))),
        at(2, Message.MISSING_TRANSPORT.format()));
  }

  @Test
  void serviceWithMoreTextThanAClassHolds() {
    String description = "\u00e9".repeat(TableGenerator.MAX_SERVICE_TEXT);
    assertErrors(compileTable(portolan(
            row("22", "tcp", "SSH", "ssh", "", "official", "Secure Shell", ""),
            row("23", "tcp", "TELNET", "telnet", "", "official", description, ""))),
        at(3, Message.SERVICE_TEXT_TOO_LONG.format("TELNET", TableGenerator.MAX_SERVICE_TEXT + "TELNETtelnet".length(),
            TableGenerator.MAX_SERVICE_TEXT)));
  }

  @Test
  void unknownStatus() {
    assertErrors(compileTable(portolan(row("22", "tcp", "SSH", "ssh", "", "maybe", "", ""))),
        at(2, Message.UNKNOWN_STATUS.format("maybe")));
  }

  @Test
  void unknownSeedStatus() {
    assertErrors(compileTable("port,transports,constant,status,seed_status,status_note\n"
            + "22,tcp,SSH,official,official,\n"
            + "23,tcp,TELNET,official,reserved,a note\n"),
        at(3, Message.UNKNOWN_SEED_STATUS.format("reserved")));
  }

  @Test
  void rowWithoutAName() {
    assertErrors(compileTable(portolan(SSH, row("23", "tcp", "", "", "", "official", "Telnet", ""))),
        at(3, Message.MISSING_NAME.format()));
  }

  @Test
  void invalidConstantNames() {
    List<String> names = List.of("ssh", "9X", "_", "A-B", "\u00c4RGER");
    List<String> rows = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (String name : names) {
      rows.add(row(Integer.toString(100 + rows.size()), "tcp", name, "", "", "official", "", ""));
      expected.add(at(rows.size() + 1, Message.BAD_CONSTANT.format(name, Naming.whyNotConstant(name))));
    }
    assertErrors(compileTable(portolan(rows)), expected.toArray(String[]::new));
  }

  @Test
  void serviceNameWithoutLetterOrDigit() {
    assertErrors(compileTable(portolan(row("22", "tcp", "", "--", "", "official", "", ""))),
        at(2, Message.BAD_SERVICE_NAME.format("--")));
  }

  @Test
  void explicitConstantOnTwoPorts() {
    assertErrors(compileTable(portolan(SSH, row("2222", "tcp", "SSH", "ssh-alt", "", "unofficial", "", ""))),
        at(3, Message.DUPLICATE_CONSTANT.format("SSH", 22, TABLE + ":2")));
  }

  @Test
  void rowsOfOneServiceDisagreeOnAssignment() {
    assertErrors(compileTable(portolan(SSH, row("22", "udp", "SSH", "ssh", "", "unofficial", "", ""))),
        at(3, Message.CONFLICTING_MERGE.format("SSH", "official or unofficial", TABLE + ":2")));
  }

  @Test
  void noServiceLeft() {
    assertErrors(compileTable(portolan(row("4", "tcp", "", "", "", "unassigned", "Unassigned", ""))),
        at(1, Message.EMPTY_CATALOG.format(": every row is unassigned or reserved")));
    assertErrors(compileTable(portolan(SSH), "ports = \"80\""), at(1, Message.EMPTY_CATALOG.format(" after its filters")));
  }

  @Test
  void servicesFileMalformedLines() {
    String services = String.join("\n",
        "# services",
        "ssh\t\t22/tcp",
        "no-port-here",
        "  ftp twenty/tcp",
        "svc70000 70000/tcp",
        "telnet 23/quic   # a transport Portolan does not know",
        "    lonely",
        "");
    assertErrors(compileTable("services", services, ""),
        "services:3:1: " + Message.MALFORMED_SERVICES_LINE.format("no-port-here"),
        "services:4:7: " + Message.BAD_PORT.format("twenty"),
        "services:5:10: " + Message.BAD_PORT.format("70000"),
        "services:6:11: " + Message.UNKNOWN_TRANSPORT.format("quic"),
        "services:7:5: " + Message.MALFORMED_SERVICES_LINE.format("lonely"));
  }

  // Reporting many problems.

  @Test
  void everyBadRowOfAFileIsReportedAtOnce() {
    assertErrors(compileTable(portolan(
            row("22", "tcp", "SSH", "ssh", "", "official", "", ""),
            row("99999", "tcp", "A", "", "", "official", "", ""),
            row("23", "tcp", "TELNET", "telnet", "", "official", "", ""),
            row("24", "carrier-pigeon", "B", "", "", "official", "", ""),
            row("25", "tcp", "SMTP", "smtp", "", "retired", "", ""))),
        at(3, Message.BAD_PORT.format("99999")),
        at(5, Message.UNKNOWN_TRANSPORT.format("carrier-pigeon")),
        at(6, Message.UNKNOWN_STATUS.format("retired")));
  }

  /**
   * Rows that cannot be read do not hide the problems of the others; only the checks of the table
   * as a whole (unknown names, an empty catalog), which the left-out rows could make wrong, wait.
   */
  @Test
  void rowsThatCanBeReadAreCheckedToo() {
    String badConstant = row("25", "tcp", "c", "", "", "official", "", "");
    assertErrors(compileTable(portolan(row("99999", "tcp", "A", "", "", "official", "", ""), badConstant)),
        at(2, Message.BAD_PORT.format("99999")),
        at(3, Message.BAD_CONSTANT.format("c", Naming.whyNotConstant("c"))));
    assertErrors(compileTable(portolan(row("99999", "tcp", "A", "", "", "official", "", "")), "include = \"a\""),
        at(2, Message.BAD_PORT.format("99999")));
  }

  /** javac shows 100 errors by default, so the processor lists fewer and then says how many it left out. */
  @Test
  void moreThanAHundredErrorsAreSummarised() {
    int bad = Problems.MAX_REPORTED_ERRORS + 50;
    List<String> rows = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < bad; i++) {
      String port = Integer.toString(70000 + i);
      rows.add(row(port, "tcp", "P" + i, "", "", "official", "", ""));
      if (i < Problems.MAX_REPORTED_ERRORS) {
        expected.add(at(i + 2, Message.BAD_PORT.format(port)));
      }
    }
    expected.add(Message.TOO_MANY_ERRORS.format(50));
    assertErrors(compileTable(portolan(rows)), expected.toArray(String[]::new));
  }

  @Test
  void warningsStillGenerate() {
    Outcome outcome = compileTable(
        "port,transports,constant,service,notes\n22,tcp,SSH,ssh,the notes column is unknown\n");
    Compilation compilation = outcome.compilation();
    assertEquals(List.of(at(1, Message.UNKNOWN_COLUMN.format("notes"))), messages(compilation, Diagnostic.Kind.WARNING));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of("t.TPort", "t.TPorts"), outcome.generated());
  }

  // The annotation itself.

  @Test
  void unknownIncludeAndExcludeNames() {
    assertErrors(compileTable(portolan(SSH), "include = {\"ssh\", \"nope\"}, exclude = \"nada\""),
        Message.UNKNOWN_FILTER_NAME.format("include", "nope"),
        Message.UNKNOWN_FILTER_NAME.format("exclude", "nada"));
  }

  @Test
  void badPortsFilters() {
    assertErrors(compileTable(portolan(SSH), "ports = {\"80-\", \"70000\", \"9-1\", \"http\", \"22\"}"),
        Message.BAD_PORT_FILTER.format("80-"),
        Message.BAD_PORT_FILTER.format("70000"),
        Message.BAD_PORT_FILTER.format("9-1"),
        Message.BAD_PORT_FILTER.format("http"));
  }

  @Test
  void badRenames() {
    assertErrors(compileTable(portolan(SSH), "rename = {"
            + "@PortCatalog.Rename(service = \"ssh\", constant = \"secure\"),"
            + "@PortCatalog.Rename(service = \"nope\", constant = \"NOPE\")}"),
        Message.BAD_RENAME.format("ssh", "\"secure\" is not a valid constant name: " + Naming.whyNotConstant("secure")),
        Message.BAD_RENAME.format("nope", "no service of this catalog has that name"));
  }

  @Test
  void invalidTypeNames() {
    assertErrors(compileTable(portolan(SSH), "typeName = \"class\""),
        Message.BAD_TYPE_NAME.format("typeName", "class"));
    assertErrors(compileTable(portolan(SSH), "typeName = \"1Port\""),
        Message.BAD_TYPE_NAME.format("typeName", "1Port"),
        Message.BAD_TYPE_NAME.format("constantsName", "1Ports"));
    assertErrors(compileTable(portolan(SSH), "typeName = \"Net\", constantsName = \"Port$s\""),
        Message.BAD_TYPE_NAME.format("constantsName", "Port$s"));
  }

  @Test
  void typeNameEqualToConstantsName() {
    assertErrors(compileTable(portolan(SSH), "typeName = \"Ports\", constantsName = \"Ports\""),
        Message.SAME_TYPE_NAMES.format("Ports"));
  }

  @Test
  void twoCatalogsGeneratingOneType() {
    TestTables.write(tables, TABLE, portolan(SSH));
    Outcome outcome = compileRecording(tables, packageInfo("t",
        "@PortCatalog(source = \"" + TABLE + "\", typeName = \"Same\", constantsName = \"SameA\")",
        "@PortCatalog(source = \"" + TABLE + "\", typeName = \"Same\", constantsName = \"SameB\")"));
    assertEquals(List.of(Message.DUPLICATE_TYPE.format("t.Same") + " (catalog Same from \"t.csv\")"),
        messages(outcome.compilation(), Diagnostic.Kind.ERROR));
    assertEquals(List.of("t.Same", "t.SameA"), outcome.generated(), "the first catalog is generated, the second not");
  }

  @Test
  void enumShapeTooLargeForAnEnum() {
    int services = EnumGenerator.MAX_CONSTANTS + 1;
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      rows.add(row(Integer.toString(10000 + i), "tcp udp sctp dccp", "S" + i, "", "", "official", "", ""));
    }
    Outcome outcome = compileTable(portolan(rows), "shape = PortCatalog.Shape.ENUM");
    assertErrors(outcome, Message.ENUM_TOO_LARGE.format(services, 0, EnumGenerator.MAX_CONSTANTS,
        EnumGenerator.MAX_ALIASES));
    assertTrue(outcome.compilation().diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("code too large")));
  }

  /** AUTO turns a catalog too large for an enum into a table class, and says so in a note; TABLE does not. */
  @Test
  void autoSaysWhenItPicksTheTableShape() {
    int services = EnumGenerator.MAX_CONSTANTS + 1;
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < services; i++) {
      rows.add(row(Integer.toString(10000 + i), "tcp", "S" + i, "", i == 0 ? "other" : "", "official", "", ""));
    }
    Outcome auto = compileTable(portolan(rows), "");
    assertEquals(Compilation.Status.SUCCESS, auto.compilation().status());
    assertEquals(List.of(Message.TABLE_SHAPE_CHOSEN.format(services, 1, EnumGenerator.MAX_CONSTANTS,
        EnumGenerator.MAX_ALIASES, "TPort")), messages(auto.compilation(), Diagnostic.Kind.NOTE));
    Outcome table = compileTable(portolan(rows), "shape = PortCatalog.Shape.TABLE");
    assertEquals(Compilation.Status.SUCCESS, table.compilation().status());
    assertEquals(List.of(), messages(table.compilation(), Diagnostic.Kind.NOTE));
  }

  // Helpers.

  private Outcome compileTable(String content) {
    return compileTable(TABLE, content, "");
  }

  private Outcome compileTable(String content, String attributes) {
    return compileTable(TABLE, content, attributes);
  }

  private Outcome compileTable(String name, String content, String attributes) {
    TestTables.write(tables, name, content);
    return compileRecording(tables, packageInfo("t",
        "@PortCatalog(source = \"" + name + "\"" + (attributes.isEmpty() ? "" : ", " + attributes) + ")"));
  }

  private static String at(int line, String message) {
    return TABLE + ":" + line + ": " + message;
  }

  /**
   * Asserts that the compilation reported exactly these errors, with exactly this text, in this
   * order, and generated nothing.
   */
  private static void assertErrors(Outcome outcome, String... expected) {
    Compilation compilation = outcome.compilation();
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertEquals(expected.length, errors.size(), () -> "expected errors " + List.of(expected) + " but got " + errors);
    for (int i = 0; i < expected.length; i++) {
      String actual = errors.get(i);
      String wanted = expected[i];
      assertEquals(wanted, actual);
    }
    assertEquals(List.of(), outcome.generated(), "nothing may be generated when there are errors");
    assertFalse(errors.stream().anyMatch(error -> error.contains(Message.INTERNAL_ERROR.tag())));
  }
}
