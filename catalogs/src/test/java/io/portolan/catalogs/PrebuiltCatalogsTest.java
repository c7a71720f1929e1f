package io.portolan.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.PortCatalog;
import io.portolan.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The prebuilt catalogs, as the jar ships them: what a user of portolan-catalogs gets. */
class PrebuiltCatalogsTest {
  private static String protocol(int port) {
    switch (port) {
      case WellKnownPorts.SSH:
        return "ssh";
      case IanaPorts.POSTGRESQL:
        return "postgresql";
      default:
        return "other";
    }
  }

  @Test
  void constantsAreCompileTimeSwitchLabels() {
    assertEquals("ssh", protocol(22));
    assertEquals("postgresql", protocol(5432));
    assertEquals("other", protocol(1));
    assertEquals(53, WellKnownPorts.DNS);
    assertEquals(443, IanaPorts.HTTPS);
  }

  @Test
  void wellKnownLookups() {
    assertEquals(22, WellKnownPort.SSH.number());
    assertTrue(WellKnownPort.byNumber(53).contains(WellKnownPort.DNS));
    assertEquals(Optional.of(WellKnownPort.DNS), WellKnownPort.byServiceName("domain"));
    assertTrue(WellKnownPort.HTTPS.supports(Transport.TCP));
    assertEquals(PortCatalog.WELL_KNOWN, WellKnownPort.catalogSource());
  }

  @Test
  void ianaLookupsCoverTheWholeRegistry() {
    List<IanaPort> onPostgresqlPort = IanaPort.byNumber(IanaPorts.POSTGRESQL);
    assertFalse(onPostgresqlPort.isEmpty());
    IanaPort postgresql = onPostgresqlPort.get(0);
    assertEquals("postgresql", postgresql.serviceName());
    assertEquals("POSTGRESQL", postgresql.constantName());
    assertEquals(Assignment.OFFICIAL, postgresql.assignment());
    assertEquals(Optional.of(postgresql), IanaPort.byServiceName("PostgreSQL"));
    assertEquals(PortCatalog.IANA, IanaPort.catalogSource());
    assertTrue(IanaPort.catalogDate().matches("\\d{4}-\\d{2}-\\d{2}"), IanaPort.catalogDate());
    assertTrue(IanaPort.all().size() > 6000, "the registry has over 6,000 services: " + IanaPort.all().size());
  }

  /** Java 8 users get the prebuilt catalogs too: every catalog class is a Java 8 class file. */
  @Test
  void catalogClassesAreJava8ClassFiles() throws IOException {
    for (Class<?> type : List.of(WellKnownPort.class, WellKnownPorts.class, IanaPort.class, IanaPorts.class)) {
      try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        assertNotNull(in, type.getName());
        byte[] header = in.readNBytes(8);
        int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        assertEquals(52, major, type.getName() + " is not a Java 8 class file");
      }
    }
  }
}
