package io.portolan.processor.ecj;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portolan.processor.Option;
import io.portolan.processor.PortCatalogProcessor;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where errors are reported: on the annotation value a problem is about, so that the compiler
 * points at the line of {@code ports = ...} or {@code source = ...}, and on the annotation for the
 * others; the text exactly. Under javac (through compile-testing) and under ECJ.
 */
class DiagnosticPositionsTest {
  private static final String PACKAGE_INFO = String.join("\n",
      "/** Catalogs. */",
      "@PortCatalog(",
      "    source = \"bad.csv\",",
      "    include = \"nope\",",
      "    ports = \"x\")",
      "package t;",
      "",
      "import io.portolan.*;",
      "");

  private static final String BAD_PORT = "bad.csv:2: " + Message.BAD_PORT.format("70000");
  private static final String BAD_FILTER = Message.BAD_PORT_FILTER.format("x");

  @TempDir static Path tables;
  @TempDir Path work;

  @BeforeAll
  static void writeTable() throws IOException {
    Files.writeString(tables.resolve("bad.csv"), "port,transports,constant\n70000,tcp,BAD\n", StandardCharsets.UTF_8);
  }

  @Test
  void javacPointsAtTheValues() {
    JavaFileObject source = JavaFileObjects.forSourceString("t.package-info", PACKAGE_INFO);
    Compilation compilation = Compiler.javac().withProcessors(new PortCatalogProcessor())
        .withOptions("-A" + Option.CATALOG_PATH.key() + "=" + tables)
        .compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining(BAD_FILTER).inFile(source).onLine(5);
    assertThat(compilation).hadErrorContaining(BAD_PORT).inFile(source).onLine(3);
    assertEquals(List.of(BAD_FILTER, BAD_PORT), compilation.errors().stream()
        .map(error -> error.getMessage(Locale.ROOT)).toList());
  }

  /** ECJ gives the same texts; it places no error on a package's annotations, only on a type's. */
  @Test
  void ecjGivesTheSameTextsAndLinesOnATypesAnnotation() {
    DiskCompiler ecj = new DiskCompiler(new EclipseCompiler(), work, tables);
    DiskCompiler.Result onPackage = ecj.compile(List.of("--release", "17"), "t.package-info", PACKAGE_INFO);
    assertEquals(List.of(BAD_FILTER, BAD_PORT), onPackage.messages(Diagnostic.Kind.ERROR));
    DiskCompiler.Result onType = ecj.compile(List.of("--release", "17"), "t.Holder",
        PACKAGE_INFO.replace("package t;\n\nimport io.portolan.*;\n", "final class Holder {}\n")
            .replace("@PortCatalog(", "package t;\n\nimport io.portolan.*;\n\n@PortCatalog("));
    List<String> errors = onType.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
        .map(diagnostic -> diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT))
        .toList();
    assertEquals(List.of("9: " + BAD_FILTER, "7: " + BAD_PORT), errors);
  }
}
