package io.portolan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.catalogs.IanaPorts;
import io.portolan.catalogs.WellKnownPort;
import io.portolan.catalogs.WellKnownPorts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs {@code portinfo} as a user would and reads what it prints. */
class PortInfoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int portinfo(String... args) {
    return new PortInfo(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
  }

  private List<String> rows() {
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).startsWith("PORT"), "header first: " + lines);
    return lines.subList(1, lines.size());
  }

  @Test
  void aNameFindsItsService() {
    assertEquals(PortInfo.FOUND, portinfo("ssh"));
    List<String> rows = rows();
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).matches("22 +SSH +ssh +tcp,udp,sctp +official +Secure Shell.*\\[encrypted]"), rows.get(0));
  }

  @Test
  void namesIgnoreCaseAndIncludeIanaNamesAndAliases() {
    assertEquals(PortInfo.FOUND, portinfo("DOMAIN"));
    assertTrue(rows().get(0).startsWith("53 "), out::toString);
  }

  @Test
  void aNumberListsEveryServiceOnThePortOfficialFirst() {
    assertEquals(PortInfo.FOUND, portinfo("80"));
    List<String> rows = rows();
    assertEquals(2, rows.size(), rows::toString);
    assertTrue(rows.get(0).contains(" HTTP ") && rows.get(0).contains("official"), rows.get(0));
    assertTrue(rows.get(1).contains(" QUIC_HTTP ") && rows.get(1).contains("unofficial"), rows.get(1));
    assertTrue(!rows.get(1).contains("[plain text]"), "QUIC is not plain-text TCP: " + rows.get(1));
  }

  @Test
  void theRegistryAnswersWhatTheWellKnownTableDoesNotKnow() {
    assertEquals(PortInfo.FOUND, portinfo("5432"));
    assertTrue(rows().get(0).matches("5432 +POSTGRESQL +postgresql .*"), out::toString);
    out.reset();
    assertEquals(PortInfo.FOUND, portinfo("6005"));
    assertTrue(rows().get(0).matches("6000-6063 +X11 +x11 .*"), out::toString);
  }

  @Test
  void listPrintsTheWholeWellKnownCatalog() {
    assertEquals(PortInfo.FOUND, portinfo("--list"));
    assertEquals(WellKnownPort.values().length, rows().size());
  }

  @Test
  void unknownNamesAndPortsSaySoAndFail() {
    assertEquals(PortInfo.NOT_FOUND, portinfo("no-such-service"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no service is named \"no-such-service\""));
    assertEquals(PortInfo.NOT_FOUND, portinfo("4"));
    assertEquals(PortInfo.USAGE, portinfo("70000"));
    assertEquals(PortInfo.USAGE, portinfo());
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theGeneratedConstantsAreCompileTimeConstants() {
    assertEquals(22, PortInfo.class.getAnnotation(PortInfo.Example.class).value());
    assertEquals(WellKnownPort.SSH.number(), WellKnownPorts.SSH);
    assertEquals(5432, IanaPorts.POSTGRESQL);
  }
}
