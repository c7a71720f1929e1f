package io.portolan.checks;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import org.junit.jupiter.api.Test;

/** The suggested fix: the literal becomes the constant, its class imported; no fix where none is chosen. */
class MagicPortNumberFixTest {
  private BugCheckerRefactoringTestHelper helper() {
    return BugCheckerRefactoringTestHelper.newInstance(MagicPortNumber.class, getClass());
  }

  @Test
  void replacesTheLiteralAndImportsTheClass() {
    helper()
        .addInputLines("Client.java",
            "import java.net.DatagramSocket;",
            "import java.net.InetSocketAddress;",
            "import java.net.Socket;",
            "class Client {",
            "  static final int KAFKA_PORT = 9092;",
            "  private int httpPort = 8080;",
            "  void open(boolean secure) throws Exception {",
            "    new Socket(\"example.org\", secure ? 443 : 80).close();",
            "    new DatagramSocket(514).close();",
            "    new InetSocketAddress(\"db\", 5432);",
            "  }",
            "}")
        .addOutputLines("Client.java",
            "import io.portolan.catalogs.DefaultPorts;",
            "import io.portolan.catalogs.IanaPorts;",
            "import io.portolan.catalogs.WellKnownPorts;",
            "import java.net.DatagramSocket;",
            "import java.net.InetSocketAddress;",
            "import java.net.Socket;",
            "class Client {",
            "  static final int KAFKA_PORT = DefaultPorts.KAFKA;",
            "  private int httpPort = IanaPorts.HTTP_ALT;",
            "  void open(boolean secure) throws Exception {",
            "    new Socket(\"example.org\", secure ? WellKnownPorts.HTTPS : WellKnownPorts.HTTP).close();",
            "    new DatagramSocket(WellKnownPorts.SYSLOG).close();",
            "    new InetSocketAddress(\"db\", DefaultPorts.POSTGRESQL);",
            "  }",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void aClassOfTheSameNameKeepsTheConstantQualified() {
    helper()
        .addInputLines("DefaultPorts.java", "class DefaultPorts {}")
        .expectUnchanged()
        .addInputLines("Broker.java",
            "class Broker {",
            "  static final int KAFKA_PORT = 9092;",
            "}")
        .addOutputLines("Broker.java",
            "class Broker {",
            "  static final int KAFKA_PORT = io.portolan.catalogs.DefaultPorts.KAFKA;",
            "}")
        .doTest(TestMode.TEXT_MATCH);
  }

  @Test
  void noFixWhereSeveralServicesShareThePort() {
    helper()
        .addInputLines("Broker.java",
            "class Broker {",
            "  static final int BROKER_PORT = 9092;",
            "}")
        .expectUnchanged()
        .doTest();
  }

  @Test
  void noFixWithoutTheCatalogsOnTheClassPath() {
    BugCheckerRefactoringTestHelper.newInstance(MagicPortNumber.class, getClass())
        .setArgs("-classpath", System.getProperty("java.io.tmpdir"))
        .addInputLines("Broker.java",
            "class Broker {",
            "  static final int KAFKA_PORT = 9092;",
            "}")
        .expectUnchanged()
        .doTest();
  }
}
