package io.portolan.processor;

import static io.portolan.processor.Compilations.assertClean;
import static io.portolan.processor.Compilations.compileRecording;
import static io.portolan.processor.Compilations.messages;
import static io.portolan.processor.Compilations.packageInfo;
import static io.portolan.processor.TestTables.portolan;
import static io.portolan.processor.TestTables.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.portolan.processor.CatalogCompiler.Result;
import io.portolan.processor.CatalogCompiler.TableLoader;
import io.portolan.processor.Compilations.Outcome;
import io.portolan.processor.generate.TableGenerator;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.request.CatalogRequest;
import io.portolan.processor.validate.Naming;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs at the edges of what Java, the class file and the table formats allow, and how the
 * processor reports their problems: names it refuses with one clear error before it generates any
 * file; user classes and tables whose generated code must still compile under {@code -Xlint:all
 * -Xdoclint:all -Werror}; every problem of a table or an annotation reported in one compile, at its
 * line, with echoed text made inert and each message naming its catalog. Inputs that must be
 * refused and inputs that must compile are in separate compilations.
 */
class InputEdgeCasesTest {
  private static final String[] STRICT = {"-Xlint:all", "-Xdoclint:all", "-Werror"};
  private static final String TABLE = "t.csv";
  private static final String SSH = row("22", "tcp", "SSH", "ssh", "", "official", "Secure Shell", "");

  @TempDir Path tables;

  /** A type name equal to one of the catalog's constants is refused, not a {@code [static]} warning. */
  @Test
  void typeNameEqualToAConstantIsRefused() {
    Outcome outcome = compile(portolan(SSH), "typeName = \"SSH\"");
    assertEquals(List.of(Message.TYPE_NAME_IS_CONSTANT.format("typeName", "SSH")), errors(outcome));
  }

  /** Restricted identifiers are refused as type names. */
  @ParameterizedTest
  @ValueSource(strings = {"var", "record", "yield", "sealed", "permits"})
  void restrictedIdentifiersAreRefusedAsTypeNames(String name) {
    Outcome outcome = compile(portolan(SSH), "typeName = \"" + name + "\", constantsName = \"Ports\"");
    assertEquals(List.of(Message.BAD_TYPE_NAME.format("typeName", name)), errors(outcome));
  }

  /** Classes of the user's package named like java.lang types do not break the generated code. */
  @Test
  void userClassesNamedLikeJavaLangTypesDoNotBreakTheGeneratedCode() {
    TestTables.write(tables, TABLE, portolan(SSH, row("6000-6063", "tcp udp", "X11", "x11", "x-win", "official", "X", "RFC1")));
    List<JavaFileObject> sources = new java.util.ArrayList<>();
    sources.add(packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")",
        "@PortCatalog(source = \"" + TABLE + "\", typeName = \"AsTable\", shape = PortCatalog.Shape.TABLE)"));
    for (String name : List.of("String", "Integer", "Override", "Object", "StringBuilder", "Enum", "Class",
        "Character", "Math", "System", "IllegalArgumentException", "Iterable", "Deprecated", "SuppressWarnings")) {
      sources.add(Compilations.source("t." + name, "package t;\n\n/** A class of the user's. */\nclass " + name + " {}\n"));
    }
    Compilation compilation = Compilations.javac(tables, STRICT).compile(sources);
    assertClean(compilation);
    assertEquals(22, new LoadedCatalog(Compilations.classLoader(compilation), "t.TPort").constant("SSH").number());
    assertEquals(6063, new LoadedCatalog(Compilations.classLoader(compilation), "t.AsTable").constant("X11").lastNumber());
  }

  /** A type name that the generated code imports is refused. */
  @Test
  void typeNameThatTheGeneratedCodeImportsIsRefused() {
    Outcome outcome = compile(portolan(SSH), "typeName = \"Generated\"");
    assertEquals(List.of(Message.RESERVED_TYPE_NAME.format("typeName", "Generated")), errors(outcome));
  }

  /** Ignorable and format characters, NUL and over-long names are refused; no file is left behind. */
  @ParameterizedTest
  @ValueSource(strings = {"Foo\\u200b", "Foo\\u00ad", "Foo\\u0000", "Foo\\u200e"})
  void invisibleCharactersInTypeNamesAreRefusedAndNoFileIsGenerated(String escaped) {
    Outcome outcome = compile(portolan(SSH), "typeName = \"" + escaped + "\", constantsName = \"Ports\"");
    assertEquals(1, errors(outcome).size(), () -> errors(outcome).toString());
    assertTrue(errors(outcome).get(0).startsWith(Message.BAD_TYPE_NAME.tag()), () -> errors(outcome).toString());
    assertEquals(List.of(), outcome.generated());
  }

  @Test
  void typeNameTooLongForAFileNameIsRefused() {
    String name = "P".repeat(250);
    Outcome outcome = compile(portolan(SSH), "typeName = \"" + name + "\", constantsName = \"Ports\"");
    assertEquals(List.of(Message.TYPE_NAME_TOO_LONG.format("typeName", name, CatalogCompiler.MAX_TYPE_NAME)),
        errors(outcome));
    assertEquals(List.of(), outcome.generated());
  }

  /** A type name with a letter outside the BMP is refused, not a doclint error. */
  @Test
  void typeNameWithALetterOutsideTheBmpIsRefused() {
    Outcome outcome = compile(portolan(SSH), "typeName = \"Port\\ud835\\udd38\", constantsName = \"Ports\"");
    assertEquals(List.of(Message.BAD_TYPE_NAME.format("typeName", "Port\ud835\udd38")), errors(outcome));
  }

  /** A constant name too long for a class file's constant is refused with its line, in both shapes. */
  @ParameterizedTest
  @ValueSource(strings = {"ENUM", "TABLE"})
  void constantNameTooLongForAClassFileIsRefusedAtItsLine(String shape) {
    String constant = "C".repeat(70_000);
    Outcome outcome = compile(portolan(SSH, row("23", "tcp", constant, "", "", "official", "", "")),
        "shape = PortCatalog.Shape." + shape);
    int text = constant.length() + constant.toLowerCase().length();
    assertEquals(List.of(at(3, Message.SERVICE_TEXT_TOO_LONG.format(constant, text, TableGenerator.MAX_SERVICE_TEXT))),
        errors(outcome));
  }

  /** Every problem of a table is reported in one compile, the rows that could be read checked as well. */
  @Test
  void everyProblemOfATableIsReportedInOneCompile() {
    Outcome outcome = compile(portolan(SSH,
            row("99999", "tcp", "A", "", "", "official", "", ""),
            row("25", "tcp", "bad", "", "", "official", "", ""),
            row("2222", "tcp", "SSH", "", "", "official", "", "")),
        "include = \"ssh\"");
    assertEquals(List.of(
            at(3, Message.BAD_PORT.format("99999")),
            at(4, Message.BAD_CONSTANT.format("bad", Naming.whyNotConstant("bad"))),
            at(5, Message.DUPLICATE_CONSTANT.format("SSH", 22, TABLE + ":2"))),
        errors(outcome));
  }

  /** A bad ports filter does not hide unknown include names. */
  @Test
  void badPortsFilterDoesNotHideUnknownIncludeNames() {
    Outcome outcome = compile(portolan(SSH), "ports = \"x\", include = {\"ssh\", \"nope\"}");
    assertEquals(List.of(Message.BAD_PORT_FILTER.format("x"), Message.UNKNOWN_FILTER_NAME.format("include", "nope")),
        errors(outcome));
  }

  /** Invalid UTF-8 in a file with CR line ends is reported at its line. */
  @Test
  void invalidUtf8IsReportedAtItsLineInAFileWithCrLineEnds() throws Exception {
    Files.write(tables.resolve(TABLE), "port,transports,service\r22,tcp,ssh\r23,tcp,caf\u00e9\r"
        .getBytes(StandardCharsets.ISO_8859_1));
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")"));
    assertEquals(List.of(at(3, Message.SOURCE_UNREADABLE.format(TABLE, "byte 0xe9 at offset 45 is not UTF-8"))),
        errors(outcome));
  }

  /** Unquoted spaces around a description are dropped with a warning; quoted ones are kept. */
  @Test
  void unquotedSpacesAroundADescriptionAreDroppedWithAWarning() {
    Result result = core("port,transports,constant,description\n22,tcp,SSH,  Secure Shell \n23,tcp,TELNET,\"  Telnet \"\n");
    assertEquals(List.of(at(2, Message.SPACES_DROPPED.format("description"))),
        result.problems().stream().map(Problem::text).toList());
    assertEquals(List.of("Secure Shell", "  Telnet "),
        result.catalog().orElseThrow().services().stream().map(service -> service.description()).toList());
  }

  /** A header-only table, and one of only unassigned rows, are refused at the table's header. */
  @Test
  void tablesWithoutServicesAreRefusedAtTheirHeader() {
    assertEquals(List.of(at(2, Message.EMPTY_CATALOG.format(": the table has no rows"))),
        core("# ports\nport,transports,service\n").problems().stream().map(Problem::text).toList());
    assertEquals(List.of(at(1, Message.EMPTY_CATALOG.format(": every row is unassigned or reserved"))),
        core(portolan(row("4", "tcp", "", "", "", "unassigned", "", ""))).problems().stream().map(Problem::text).toList());
  }

  /** The format is detected, and services files are read as glibc reads them. */
  @Test
  void formatIsDetectedAndServicesFilesAreReadAsGlibcReadsThem() {
    assertEquals(Optional.of(TableFormat.PORTOLAN), core("\"port\",\"transports\",\"service\"\n22,tcp,ssh\n").format());
    Result indented = core("  # a comment\nport,transports,service\n22,tcp,ssh\n");
    assertEquals(List.of(), indented.problems());
    Result services = core("# name,port\nftp 21/tcp#c\nssh 22/tcp # a,port\n");
    assertEquals(Optional.of(TableFormat.SERVICES), services.format());
    assertEquals(List.of(), services.problems());
    assertEquals(List.of("c", "a,port"),
        services.catalog().orElseThrow().services().stream().map(service -> service.description()).toList());
    Result hash = core("foo#bar 80/tcp\nssh 22/tcp\n", TableFormat.SERVICES);
    assertEquals(List.of(at(1, 1, Message.MALFORMED_SERVICES_LINE.format("foo"))),
        hash.problems().stream().map(Problem::text).toList());
  }

  /** Echoed text is quoted, shortened and stripped of terminal controls. */
  @Test
  void echoedTextIsQuotedShortenedAndStrippedOfTerminalControls() {
    String text = Problem.of(Message.BAD_PORT, "t.csv:2", "\u001b[31m\u202e" + "9".repeat(1_000_000)).text();
    assertTrue(text.length() < 300, () -> text.length() + " characters");
    assertTrue(text.chars().noneMatch(c -> c == 0x1b || c == 0x202e), text);
    assertTrue(text.startsWith("t.csv:2: [Portolan/BadPort] \"\\u001b[31m\\u202e999"), text);
  }

  /** A class of the user's named like a generated type is not another catalog's. */
  @Test
  void userClassNamedLikeAGeneratedTypeIsReportedAsExisting() {
    TestTables.write(tables, TABLE, portolan(SSH));
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")"),
        Compilations.source("t.TPorts", "package t;\n\n/** The user's. */\npublic class TPorts {}\n"));
    assertEquals(List.of(Message.TYPE_EXISTS.format("t.TPorts")), errors(outcome));
  }

  /** Recompiling with the last compile's output on the class path regenerates, with no false DuplicateType. */
  @Test
  void recompilingWithTheLastOutputOnTheClassPathRegenerates() throws Exception {
    TestTables.write(tables, TABLE, portolan(SSH));
    Path out = Files.createDirectories(tables.resolve("out"));
    Path src = TestTables.write(tables, "src/t/package-info.java",
        "@io.portolan.PortCatalog(source = \"" + TABLE + "\")\npackage t;\n");
    String classPath = System.getProperty("java.class.path");
    for (int run = 0; run < 2; run++) {
      java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
      int status = ToolProvider.getSystemJavaCompiler().run(null, null, output, "-implicit:class",
          "-cp", classPath + java.io.File.pathSeparator + out, "-processorpath", classPath,
          "-A" + Option.CATALOG_PATH.key() + "=" + tables, "-d", out.toString(), "-s", out.toString(), src.toString());
      assertEquals(0, status, () -> "run " + output);
    }
  }

  /** With several catalogs on one package, each message names its catalog. */
  @Test
  void eachMessageNamesItsCatalogWhenAPackageHasSeveral() {
    TestTables.write(tables, TABLE, portolan(SSH));
    TestTables.write(tables, "u.csv", portolan(row("70000", "tcp", "A", "", "", "official", "", "")));
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")",
        "@PortCatalog(source = \"u.csv\", typeName = \"Other\")"));
    assertEquals(List.of("u.csv:2: " + Message.BAD_PORT.format("70000") + " (catalog Other from \"u.csv\")"),
        errors(outcome));
  }

  // Helpers.

  private Outcome compile(String table, String attributes) {
    TestTables.write(tables, TABLE, table);
    return compileRecording(tables, STRICT, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\", " + attributes + ")"));
  }

  private static Result core(String table) {
    return core(table, TableFormat.AUTO);
  }

  private static Result core(String table, TableFormat format) {
    return CatalogCompiler.compile(CatalogRequest.builder("t", TABLE).format(format).build(), TableLoader.of(table));
  }

  private static List<String> errors(Outcome outcome) {
    return messages(outcome.compilation(), Diagnostic.Kind.ERROR);
  }

  private static String at(int line, String message) {
    return TABLE + ":" + line + ": " + message;
  }

  private static String at(int line, int column, String message) {
    return TABLE + ":" + line + ":" + column + ": " + message;
  }
}
