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
 * One test for each class of defect that the review of issue 8 found (its section 2): inputs the
 * processor accepted and then generated code that did not compile or failed {@code -Werror}, or
 * reported late, wrongly or not at all. Inputs that must be refused and inputs that must compile
 * are in separate compilations.
 */
class DefectsTest {
  private static final String[] STRICT = {"-Xlint:all", "-Xdoclint:all", "-Werror"};
  private static final String TABLE = "t.csv";
  private static final String SSH = row("22", "tcp", "SSH", "ssh", "", "official", "Secure Shell", "");

  @TempDir Path tables;

  /** Item 1: a type name equal to one of the catalog's constants is refused, not a {@code [static]} warning. */
  @Test
  void item01TypeNameEqualToAConstant() {
    Outcome outcome = compile(portolan(SSH), "typeName = \"SSH\"");
    assertEquals(List.of(Message.TYPE_NAME_IS_CONSTANT.format("typeName", "SSH")), errors(outcome));
  }

  /** Item 2: restricted identifiers are refused as type names. */
  @ParameterizedTest
  @ValueSource(strings = {"var", "record", "yield", "sealed", "permits"})
  void item02RestrictedIdentifiers(String name) {
    Outcome outcome = compile(portolan(SSH), "typeName = \"" + name + "\", constantsName = \"Ports\"");
    assertEquals(List.of(Message.BAD_TYPE_NAME.format("typeName", name)), errors(outcome));
  }

  /** Item 2: classes of the user's package named like java.lang types do not break the generated code. */
  @Test
  void item02UserClassesNamedLikeJavaLangTypes() {
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

  /** Item 3: a type name that the generated code imports is refused. */
  @Test
  void item03TypeNameGenerated() {
    Outcome outcome = compile(portolan(SSH), "typeName = \"Generated\"");
    assertEquals(List.of(Message.RESERVED_TYPE_NAME.format("typeName", "Generated")), errors(outcome));
  }

  /** Item 4: ignorable and format characters, NUL and over-long names are refused; no file is left behind. */
  @ParameterizedTest
  @ValueSource(strings = {"Foo\\u200b", "Foo\\u00ad", "Foo\\u0000", "Foo\\u200e"})
  void item04InvisibleCharactersInTypeNames(String escaped) {
    Outcome outcome = compile(portolan(SSH), "typeName = \"" + escaped + "\", constantsName = \"Ports\"");
    assertEquals(1, errors(outcome).size(), () -> errors(outcome).toString());
    assertTrue(errors(outcome).get(0).startsWith(Message.BAD_TYPE_NAME.tag()), () -> errors(outcome).toString());
    assertEquals(List.of(), outcome.generated());
  }

  @Test
  void item04TypeNameTooLongForAFileName() {
    String name = "P".repeat(250);
    Outcome outcome = compile(portolan(SSH), "typeName = \"" + name + "\", constantsName = \"Ports\"");
    assertEquals(List.of(Message.TYPE_NAME_TOO_LONG.format("typeName", name, CatalogCompiler.MAX_TYPE_NAME)),
        errors(outcome));
    assertEquals(List.of(), outcome.generated());
  }

  /** Item 5: a type name with a letter outside the BMP is refused, not a doclint error. */
  @Test
  void item05NonBmpLetterInTypeName() {
    Outcome outcome = compile(portolan(SSH), "typeName = \"Port\\ud835\\udd38\", constantsName = \"Ports\"");
    assertEquals(List.of(Message.BAD_TYPE_NAME.format("typeName", "Port\ud835\udd38")), errors(outcome));
  }

  /** Item 6: a constant name too long for a class file's constant is refused with its line, in both shapes. */
  @ParameterizedTest
  @ValueSource(strings = {"ENUM", "TABLE"})
  void item06ConstantNameTooLong(String shape) {
    String constant = "C".repeat(70_000);
    Outcome outcome = compile(portolan(SSH, row("23", "tcp", constant, "", "", "official", "", "")),
        "shape = PortCatalog.Shape." + shape);
    int text = constant.length() + constant.toLowerCase().length();
    assertEquals(List.of(at(3, Message.SERVICE_TEXT_TOO_LONG.format(constant, text, TableGenerator.MAX_SERVICE_TEXT))),
        errors(outcome));
  }

  /** Item 7: every problem of a table in one compile, the rows that could be read checked as well. */
  @Test
  void item07EveryProblemOfATableAtOnce() {
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

  /** Item 7: a bad ports filter does not hide unknown include names. */
  @Test
  void item07EveryProblemOfTheAnnotationAtOnce() {
    Outcome outcome = compile(portolan(SSH), "ports = \"x\", include = {\"ssh\", \"nope\"}");
    assertEquals(List.of(Message.BAD_PORT_FILTER.format("x"), Message.UNKNOWN_FILTER_NAME.format("include", "nope")),
        errors(outcome));
  }

  /** Item 9: the line of invalid UTF-8 in a file with CR line ends. */
  @Test
  void item09InvalidUtf8WithCrLineEnds() throws Exception {
    Files.write(tables.resolve(TABLE), "port,transports,service\r22,tcp,ssh\r23,tcp,caf\u00e9\r"
        .getBytes(StandardCharsets.ISO_8859_1));
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")"));
    assertEquals(List.of(at(3, Message.SOURCE_UNREADABLE.format(TABLE, "byte 0xe9 at offset 45 is not UTF-8"))),
        errors(outcome));
  }

  /** Item 10: unquoted spaces around a description are dropped with a warning; quoted ones are kept. */
  @Test
  void item10SpacesAroundDescriptions() {
    Result result = core("port,transports,constant,description\n22,tcp,SSH,  Secure Shell \n23,tcp,TELNET,\"  Telnet \"\n");
    assertEquals(List.of(at(2, Message.SPACES_DROPPED.format("description"))),
        result.problems().stream().map(Problem::text).toList());
    assertEquals(List.of("Secure Shell", "  Telnet "),
        result.catalog().orElseThrow().services().stream().map(service -> service.description()).toList());
  }

  /** Item 11: a header-only table, and one of only unassigned rows, are refused at the table's header. */
  @Test
  void item11TablesWithoutServices() {
    assertEquals(List.of(at(2, Message.EMPTY_CATALOG.format(": the table has no rows"))),
        core("# ports\nport,transports,service\n").problems().stream().map(Problem::text).toList());
    assertEquals(List.of(at(1, Message.EMPTY_CATALOG.format(": every row is unassigned or reserved"))),
        core(portolan(row("4", "tcp", "", "", "", "unassigned", "", ""))).problems().stream().map(Problem::text).toList());
  }

  /** Item 12: format detection and glibc's reading of services files. */
  @Test
  void item12FormatDetection() {
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

  /** Item 13: echoed text is quoted, shortened and stripped of terminal controls. */
  @Test
  void item13EchoedTextIsShortAndInert() {
    String text = Problem.of(Message.BAD_PORT, "t.csv:2", "\u001b[31m\u202e" + "9".repeat(1_000_000)).text();
    assertTrue(text.length() < 300, () -> text.length() + " characters");
    assertTrue(text.chars().noneMatch(c -> c == 0x1b || c == 0x202e), text);
    assertTrue(text.startsWith("t.csv:2: [Portolan/BadPort] \"\\u001b[31m\\u202e999"), text);
  }

  /** Item 13: a class of the user's named like a generated type is not another catalog's. */
  @Test
  void item13UserClassNamedLikeAGeneratedType() {
    TestTables.write(tables, TABLE, portolan(SSH));
    Outcome outcome = compileRecording(tables, packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\")"),
        Compilations.source("t.TPorts", "package t;\n\n/** The user's. */\npublic class TPorts {}\n"));
    assertEquals(List.of(Message.TYPE_EXISTS.format("t.TPorts")), errors(outcome));
  }

  /** Item 14: recompiling with the previous output on the class path regenerates, without a false DuplicateType. */
  @Test
  void item14RecompilingWithThePreviousOutputOnTheClassPath() throws Exception {
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

  /** Item 15: with several catalogs on one package, each message names its catalog. */
  @Test
  void item15MessagesNameTheirCatalog() {
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
