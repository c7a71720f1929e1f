package io.portolan.processor;

import static io.portolan.processor.Compilations.assertClean;
import static io.portolan.processor.Compilations.messages;
import static io.portolan.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portolan.PortCatalog;
import io.portolan.processor.generate.EnumGenerator;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.PortolanTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import io.portolan.processor.validate.CatalogBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks {@link EnumGenerator#MAX_CONSTANTS} against javac: every constant of a generated enum
 * costs bytecode in the enum's static initializer, which the JVM caps at 65,535 bytes, and an enum
 * that the processor accepts must never fail with javac's "code too large".
 *
 * <p>The costliest constant the generator writes has a range (a second {@code int}) and ports above
 * 32767, which take an {@code ldc} each rather than a {@code sipush}; its transports are one
 * {@code int} whatever their number, and long names and descriptions cost constant-pool entries
 * but no more bytecode.
 */
class EnumSizeLimitTest {
  private static final String TABLE = "limit.csv";
  private static final String ALL_TRANSPORTS = "tcp udp sctp dccp";

  /**
   * The most of the costliest constants javac compiles into one enum, measured (JDK 17, the
   * generator of issue 8, whose constants pass their transports as one {@code int}) with
   * {@link #measureTheLimit()}: 1683 compile, 1684 fail with "code too large". Re-measure whenever
   * the generated constructor call changes.
   */
  static final int LARGEST_ENUM_THAT_COMPILES = 1683;

  @TempDir Path tables;

  /** The processor accepts an enum of MAX_ENUM_CONSTANTS services; javac must be able to compile it. */
  @Test
  void anEnumOfTheLargestAllowedSizeCompiles() {
    int size = EnumGenerator.MAX_CONSTANTS;
    TestTables.write(tables, TABLE, costliestTable(size, ALL_TRANSPORTS, 0));
    Compilation compilation = Compilations.compile(tables,
        packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\", shape = PortCatalog.Shape.ENUM)"));
    assertNoCodeTooLarge(compilation, size + " constants of the costliest shape");
    assertClean(compilation);
    LoadedCatalog catalog = new LoadedCatalog(Compilations.classLoader(compilation), "t.LimitPort");
    assertEquals(size, catalog.values().size());
  }

  /**
   * Keeps {@link #LARGEST_ENUM_THAT_COMPILES} true, so that the margin it documents stays known, and
   * checks that the processor's limit lies below it.
   */
  @Test
  void theMeasuredLimitHoldsAndTheProcessorStaysBelowIt() {
    assertTrue(compilesAsEnum(LARGEST_ENUM_THAT_COMPILES), () -> LARGEST_ENUM_THAT_COMPILES
        + " constants no longer compile: re-measure with -Dportolan.measureEnumLimit=true");
    assertTrue(!compilesAsEnum(LARGEST_ENUM_THAT_COMPILES + 1), () -> (LARGEST_ENUM_THAT_COMPILES + 1)
        + " constants now compile: re-measure with -Dportolan.measureEnumLimit=true");
    assertTrue(EnumGenerator.MAX_CONSTANTS <= LARGEST_ENUM_THAT_COMPILES,
        () -> "EnumGenerator.MAX_CONSTANTS (" + EnumGenerator.MAX_CONSTANTS + ") is above the "
            + LARGEST_ENUM_THAT_COMPILES + " constants of the costliest shape that javac compiles");
  }

  /**
   * The processor refuses an enum of more than {@code MAX_ALIASES} aliases, a limit kept from 0.1,
   * when each alias was a statement of the lookup index's static initializer (then 1000 services
   * with 6 aliases each did not compile); the runtime's index now reads them from the services.
   */
  @Test
  void tooManyAliasesForAnEnumAreRefused() {
    int size = 1000;
    int aliases = 6;
    TestTables.write(tables, TABLE, costliestTable(size, "tcp", aliases));
    Compilation compilation = Compilations.compile(tables,
        packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\", shape = PortCatalog.Shape.ENUM)"));
    assertEquals(List.of(Message.ENUM_TOO_LARGE.format(size, size * aliases, EnumGenerator.MAX_CONSTANTS,
        EnumGenerator.MAX_ALIASES)), messages(compilation, Diagnostic.Kind.ERROR));
  }

  /** The processor accepts MAX_ENUM_ALIASES aliases in an enum; javac must be able to compile them. */
  @Test
  void theLargestAllowedNumberOfAliasesCompiles() {
    int size = EnumGenerator.MAX_CONSTANTS;
    int aliases = EnumGenerator.MAX_ALIASES / size;
    TestTables.write(tables, TABLE, costliestTable(size, "tcp", aliases));
    Compilation compilation = Compilations.compile(tables,
        packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\", shape = PortCatalog.Shape.ENUM)"));
    assertNoCodeTooLarge(compilation, size + " services with " + aliases + " aliases each");
    assertClean(compilation);
  }

  /**
   * Finds the largest enum of the costliest constants that javac compiles, by bisection; run it with
   * {@code mvn test -pl processor -Dtest=EnumSizeLimitTest -Dportolan.measureEnumLimit=true} and
   * record the result in {@link #LARGEST_ENUM_THAT_COMPILES}.
   */
  @Test
  @EnabledIfSystemProperty(named = "portolan.measureEnumLimit", matches = "true")
  void measureTheLimit() {
    int compiles = 500;
    int fails = 4000; // the last port, 32768 + 8 * 4000, is still a port
    while (fails - compiles > 1) {
      int middle = (compiles + fails) / 2;
      if (compilesAsEnum(middle)) {
        compiles = middle;
      } else {
        fails = middle;
      }
    }
    System.out.println("The largest enum of the costliest constants that javac compiles has " + compiles + " constants.");
  }

  /**
   * Returns a table of {@code size} (at most 4000) services with ranges of ports above 32767,
   * {@code transports} each, long service names and descriptions, and {@code aliases} aliases each.
   */
  static String costliestTable(int size, String transports, int aliases) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int first = 32768 + i * 8;
      List<String> names = new ArrayList<>();
      for (int a = 0; a < aliases; a++) {
        names.add("alias-" + a + "-of-service-" + i);
      }
      rows.add(TestTables.row(first + "-" + (first + 5), transports, "",
          "a-rather-long-service-name-to-make-the-constant-pool-work-" + i, String.join(" ", names), "official",
          ("A long description of service " + i + ", which says a lot about what it does. ").repeat(4), "RFC" + i));
    }
    return TestTables.portolan(rows);
  }

  /**
   * Compiles, without the processor and so without its limit, the enum that the processor's own
   * generator writes for {@code size} of the costliest services.
   */
  private static boolean compilesAsEnum(int size) {
    Problems problems = new Problems();
    SourceText source = new SourceText(TABLE, costliestTable(size, ALL_TRANSPORTS, 0));
    Table table = new PortolanTableReader().read(source, problems);
    CatalogRequest request = CatalogRequest.builder("t", TABLE).build();
    List<Service> services = CatalogBuilder.build(request, List.of(), table, source.at(1), true, problems, true);
    assertTrue(!problems.hasErrors() && services != null, () -> problems.toReport().toString());
    Catalog catalog = new Catalog("t", "LimitPort", "LimitPorts", false, TABLE, "", services);
    List<JavaFileObject> files = new ArrayList<>();
    for (CatalogCompiler.GeneratedFile file : CatalogCompiler.generate(catalog, false)) {
      files.add(JavaFileObjects.forSourceString(file.qualifiedName(), file.content()));
    }
    Compilation compilation = Compiler.javac().compile(files);
    if (compilation.status() == Compilation.Status.SUCCESS) {
      return true;
    }
    assertNoOtherErrorThanCodeTooLarge(compilation);
    return false;
  }

  private static void assertNoCodeTooLarge(Compilation compilation, String what) {
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("code too large")),
        () -> "javac cannot compile the enum generated for " + what + ": " + Compilations.allMessages(compilation));
  }

  private static void assertNoOtherErrorThanCodeTooLarge(Compilation compilation) {
    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertTrue(errors.stream().allMatch(error -> error.contains("code too large")), errors::toString);
  }
}
