package io.portolan.processor;

import static io.portolan.processor.Compilations.assertClean;
import static io.portolan.processor.Compilations.compile;
import static io.portolan.processor.Compilations.generatedSource;
import static io.portolan.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the sources generated for a tiny catalog with golden files, character for character.
 *
 * <p>After an intended change to the generated code, rewrite the goldens with
 * {@code mvn test -pl processor -Dtest=GoldenFileTest -Dportolan.updateGoldens=true}, then read the
 * diff before committing it.
 */
class GoldenFileTest {
  private static final Path GOLDENS = Path.of("src/test/resources/golden");
  private static final String UPDATE = "portolan.updateGoldens";

  /**
   * A range, an unofficial use sharing a port with an official one, aliases, RFC references, an
   * em dash, a derived constant name, a service of two rows with a description each, and an
   * unassigned row that generates nothing.
   */
  private static final String TINY = """
      # A tiny catalog for the golden files.
      port,transports,constant,service,aliases,status,description,references
      22,tcp udp sctp,SSH,ssh,,official,"Secure Shell (SSH)\u2014secure logins, file transfers",RFC4251 RFC9260
      53,tcp udp,DNS,domain,nameserver,official,Domain Name System,RFC1034 RFC1035
      80,tcp,HTTP,http,www www-http,official,Hypertext Transfer Protocol (HTTP),RFC9110
      80,udp,QUIC_HTTP,quic,,unofficial,QUIC for HTTP,
      113,tcp,IDENT,auth,ident,official,Identification Protocol,RFC1413
      113,udp,IDENT,auth,,official,Authentication Service,
      4,tcp udp,,,,unassigned,Unassigned,
      6000-6063,tcp,X11,x11,,official,X Window System,
      8080,tcp,,http-alt,webcache,unofficial,Alternative port for HTTP,
      """;

  private static Compilation compilation;

  @BeforeAll
  static void compileTiny(@TempDir Path tables) {
    TestTables.write(tables, "tiny.csv", TINY);
    // What WellKnownPort looks like: an enum without ranges.
    TestTables.write(tables, "no-range.csv", TINY.replaceAll("(?m)^6000-6063,.*\n", ""));
    compilation = compile(tables, packageInfo("test.tiny", "@PortCatalog(source = \"tiny.csv\")",
        "@PortCatalog(source = \"tiny.csv\", typeName = \"TinyTable\", shape = PortCatalog.Shape.TABLE)",
        "@PortCatalog(source = \"no-range.csv\")"));
    assertClean(compilation);
  }

  @Test
  void tableShape() throws IOException {
    assertMatchesGolden("test.tiny.TinyTable", "TinyTable.java.txt");
  }

  @Test
  void enumWithoutRanges() throws IOException {
    assertMatchesGolden("test.tiny.NoRangePort", "NoRangePort.java.txt");
  }

  @Test
  void typedCatalog() throws IOException {
    assertMatchesGolden("test.tiny.TinyPort", "TinyPort.java.txt");
  }

  @Test
  void constants() throws IOException {
    assertMatchesGolden("test.tiny.TinyPorts", "TinyPorts.java.txt");
  }

  private static void assertMatchesGolden(String type, String goldenName) throws IOException {
    String actual = generatedSource(compilation, type);
    Path golden = GOLDENS.resolve(goldenName);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(GOLDENS);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String regenerate = " Run `mvn test -pl processor -Dtest=GoldenFileTest -D" + UPDATE + "=true` to rewrite "
        + GOLDENS.toAbsolutePath() + ", and review the diff.";
    if (!Files.isRegularFile(golden)) {
      fail("Golden file " + golden.toAbsolutePath() + " is missing." + regenerate);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "The generated " + type + " differs from " + golden.toAbsolutePath() + "." + regenerate);
  }
}
