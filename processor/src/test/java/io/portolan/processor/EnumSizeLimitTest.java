package io.portolan.processor;

import static io.portolan.processor.Compilations.assertClean;
import static io.portolan.processor.Compilations.messages;
import static io.portolan.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.portolan.processor.generate.EnumGenerator;
import io.portolan.processor.problem.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's limits on a generated enum, {@link EnumGenerator#MAX_CONSTANTS} and
 * {@link EnumGenerator#MAX_ALIASES}: an enum that the processor accepts must never fail with
 * javac's "code too large" (every constant costs bytecode in the enum's static initializer, which
 * the JVM caps at 65,535 bytes), and an enum of more aliases is refused ({@code DiagnosticsTest}
 * checks one of more services). Where javac's own limit lies is measured by the benchmarks'
 * {@code EnumSizeLimits}.
 *
 * <p>The costliest constant the generator writes has a range (a second {@code int}) and ports above
 * 32767, which take an {@code ldc} each rather than a {@code sipush}; its transports are one
 * {@code int} whatever their number, and long names and descriptions cost constant-pool entries
 * but no more bytecode.
 */
class EnumSizeLimitTest {
  private static final String TABLE = "limit.csv";
  private static final String ALL_TRANSPORTS = "tcp udp sctp dccp";

  @TempDir Path tables;

  /** The processor accepts an enum of MAX_CONSTANTS services; javac must be able to compile it. */
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

  /** The processor refuses an enum of more than {@code MAX_ALIASES} aliases: 1000 services with 6 each. */
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

  /** The processor accepts MAX_ALIASES aliases in an enum; javac must be able to compile them. */
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

  private static void assertNoCodeTooLarge(Compilation compilation, String what) {
    assertTrue(compilation.diagnostics().stream().noneMatch(d -> d.getMessage(null).contains("code too large")),
        () -> "javac cannot compile the enum generated for " + what + ": " + Compilations.allMessages(compilation));
  }
}
