package io.portolan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The javac plugin: on the fixtures it reports a warning on exactly the lines their
 * {@code // BUG: Diagnostic contains:} comments mark, holding the marked text, and the same findings,
 * word for word, as the Error Prone check.
 */
class MagicPortNumberPluginTest {
  private static final String CLASS_PATH = System.getProperty("java.class.path");

  private static List<JavaFileObject> sources(List<String> group) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : group) {
      sources.add(FrontEnds.source(name.substring(name.lastIndexOf('/') + 1), Fixtures.text(name)));
    }
    return sources;
  }

  /** The marked lines of a group, {@code File.java:line}, with the text each finding holds. */
  private static Map<String, String> expected(List<String> group) {
    Map<String, String> expected = new TreeMap<>();
    for (String name : group) {
      String[] lines = Fixtures.lines(name);
      for (int i = 0; i < lines.length; i++) {
        int marker = lines[i].indexOf(Fixtures.MARKER);
        if (marker >= 0) {
          expected.put(name.substring(name.lastIndexOf('/') + 1) + ":" + (i + 2),
              lines[i].substring(marker + Fixtures.MARKER.length()).trim());
        }
      }
    }
    return expected;
  }

  @Test
  void reportsTheMarkedLinesOfEveryFixture() {
    for (List<String> group : Fixtures.GROUPS) {
      Map<String, String> expected = expected(group);
      Map<String, String> actual = new TreeMap<>();
      for (String finding : FrontEnds.plugin(sources(group), CLASS_PATH)) {
        int colon = finding.indexOf(": ");
        actual.put(finding.substring(0, colon), finding.substring(colon + 2));
      }
      assertEquals(expected.keySet(), actual.keySet(), "lines with findings in " + group);
      expected.forEach((line, text) ->
          assertTrue(actual.get(line).contains(text), line + ": " + actual.get(line) + " lacks " + text));
    }
  }

  @Test
  void reportsWhatErrorProneReports() {
    for (List<String> group : Fixtures.GROUPS) {
      assertEquals(FrontEnds.errorProne(sources(group), CLASS_PATH), FrontEnds.plugin(sources(group), CLASS_PATH),
          "findings in " + group);
    }
  }

  @Test
  void readsParameterNamesFromClassFilesCompiledWithParameters(@TempDir Path temp) throws IOException {
    String library = """
        package lib;
        public class Client {
          public static void connect(String host, int port) {}
          public static void setPort(int port) {}
          public static void retry(String host, int attempts) {}
        }
        """;
    String use = """
        class Use {
          void run() {
            lib.Client.connect("example.org", 5432);
            lib.Client.setPort(5432);
            lib.Client.retry("example.org", 5432);
          }
        }
        """;
    Path named = compileLibrary(temp.resolve("named"), library, "-parameters");
    Path unnamed = compileLibrary(temp.resolve("unnamed"), library);
    List<JavaFileObject> sources = List.of(FrontEnds.source("Use.java", use));
    String catalogs = CLASS_PATH + File.pathSeparator;
    assertEquals(List.of(
            "Use.java:3: Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL (portolan-catalogs)",
            "Use.java:4: Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL (portolan-catalogs)"),
        // javac reads the names of class files only in a compilation with -parameters itself.
        FrontEnds.plugin(sources, catalogs + named, "-parameters"));
    assertEquals(List.of("Use.java:4: Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL (portolan-catalogs)"),
        FrontEnds.plugin(sources, catalogs + named));
    // Without names, only the one int of a method named for a port is one.
    assertEquals(List.of("Use.java:4: Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL (portolan-catalogs)"),
        FrontEnds.plugin(sources, catalogs + unnamed));
  }

  private static Path compileLibrary(Path out, String source, String... options) throws IOException {
    Path file = out.resolve("src/lib/Client.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    List<String> args = new ArrayList<>(List.of("-d", out.resolve("classes").toString()));
    args.addAll(List.of(options));
    args.add(file.toString());
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)));
    return out.resolve("classes");
  }
}
