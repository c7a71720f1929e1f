package io.portolan.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixture sources under {@code src/test/resources/io/portolan/checks/fixtures}, which both front
 * ends' tests compile: each line with a finding follows a {@code // BUG: Diagnostic contains: text}
 * comment, Error Prone's test convention.
 */
final class Fixtures {
  /** The marker that announces a finding on the next line, and the text its message holds. */
  static final String MARKER = "// BUG: Diagnostic contains: ";

  /** The sources that compile together as one test: a fixture and the stubs it uses. */
  static final List<List<String>> GROUPS = List.of(
      List.of("JdkApis.java"),
      List.of("NamedParameters.java"),
      List.of("Variables.java"),
      List.of("Libraries.java", "stubs/Jedis.java", "stubs/ConnectionFactory.java",
          "stubs/ContainerState.java", "stubs/GenericContainer.java"));

  private Fixtures() {}

  /** The text of fixture {@code name}, such as {@code "Variables.java"}. */
  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of fixture {@code name}. */
  static String[] lines(String name) {
    return text(name).split("\n", -1);
  }
}
