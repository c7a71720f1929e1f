package io.portolan.checks;

import com.google.errorprone.CompilationTestHelper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Error Prone check on the fixtures, whose {@code // BUG: Diagnostic contains:} comments mark every
 * line with a finding; every other line must have none. {@link MagicPortNumberPluginTest} holds the
 * javac plugin to the same comments.
 */
class MagicPortNumberTest {
  private CompilationTestHelper helper() {
    return CompilationTestHelper.newInstance(MagicPortNumber.class, getClass());
  }

  private void compile(List<String> group) {
    CompilationTestHelper helper = helper();
    for (String name : group) {
      helper.addSourceLines(name.substring(name.lastIndexOf('/') + 1), Fixtures.lines(name));
    }
    helper.doTest();
  }

  @Test
  void jdkNetworkApis() {
    compile(Fixtures.GROUPS.get(0));
  }

  @Test
  void parametersNamedForPorts() {
    compile(Fixtures.GROUPS.get(1));
  }

  @Test
  void variablesNamedForPorts() {
    compile(Fixtures.GROUPS.get(2));
  }

  @Test
  void curatedLibraries() {
    compile(Fixtures.GROUPS.get(3));
  }

  @Test
  void withoutTheCatalogsTheMessageNamesTheDependency() {
    helper()
        .withClasspath(MagicPortNumberTest.class)
        .addSourceLines("Server.java",
            "import java.net.ServerSocket;",
            "class Server {",
            "  ServerSocket open() throws java.io.IOException {",
            "    // BUG: Diagnostic contains: Port 5432 is POSTGRESQL: use DefaultPorts.POSTGRESQL from"
                + " io.portolan:portolan-catalogs, which is not on the class path",
            "    return new ServerSocket(5432);",
            "  }",
            "  // BUG: Diagnostic contains: Port 9092 is one of DefaultPorts.KAFKA, DefaultPorts.REDPANDA: use the"
                + " constant of the service you mean from io.portolan:portolan-catalogs",
            "  static final int BROKER_PORT = 9092;",
            "}")
        .doTest();
  }
}
