package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.PortRange;
import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.catalogs.DefaultPort;
import io.portolan.catalogs.DefaultPorts;
import io.portolan.catalogs.IanaPort;
import io.portolan.catalogs.IanaPorts;
import io.portolan.catalogs.WellKnownPort;
import io.portolan.catalogs.WellKnownPorts;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortsTest {
  @Retention(RetentionPolicy.RUNTIME)
  @interface Listen {
    int value();
  }

  @Listen(IanaPorts.POSTGRESQL)
  static final class Database {}

  @Test
  void constantsAreSwitchLabels() {
    assertEquals("postgresql", Ports.protocol(5432));
    assertEquals("ssh", Ports.protocol(22));
    assertEquals("kafka", Ports.protocol(9092));
    assertEquals("https", Ports.protocol(443));
    assertEquals("other", Ports.protocol(1));
  }

  @Test
  void constantsAreAnnotationValues() {
    assertEquals(5432, Database.class.getAnnotation(Listen.class).value());
  }

  @Test
  void lookupsAtRunTime() {
    assertTrue(Ports.describe(22).startsWith("SSH: Secure Shell"), Ports.describe(22));
    assertTrue(Ports.describe(5432).startsWith("POSTGRESQL: "), Ports.describe(5432));
    assertEquals(Optional.of(53), Ports.portOf("domain"));
    assertEquals(Optional.of(5432), Ports.portOf("postgresql"));
    assertEquals(Optional.empty(), Ports.portOf("no-such-service"));
  }

  @Test
  void theCatalogsDirectly() {
    assertEquals(22, WellKnownPort.SSH.number());
    assertEquals(WellKnownPorts.SSH, WellKnownPort.SSH.number());
    assertTrue(WellKnownPort.byNumber(53).contains(WellKnownPort.DNS));
    assertEquals(PortRange.WELL_KNOWN, WellKnownPort.HTTPS.range());
    assertTrue(WellKnownPort.HTTPS.supports(Transport.TCP));
    IanaPort postgresql = IanaPort.byServiceName("postgresql").orElseThrow();
    assertEquals(IanaPorts.POSTGRESQL, postgresql.number());
    assertEquals(postgresql, IanaPort.byNumber(5432).get(0));
    assertEquals("portolan:iana", IanaPort.catalogSource());
  }

  @Test
  void theSoftwareDefaults() {
    assertEquals(9092, DefaultPorts.KAFKA);
    assertEquals(1521, DefaultPorts.ORACLE);
    assertEquals(DefaultPort.KAFKA, DefaultPort.byServiceName("kafka").orElseThrow());
    assertEquals(Assignment.UNOFFICIAL, DefaultPort.KAFKA.assignment());
    assertEquals(Assignment.OFFICIAL, DefaultPort.POSTGRESQL.assignment());
    assertTrue(DefaultPort.byNumber(9000).contains(DefaultPort.MINIO));
    assertEquals("portolan:defaults", DefaultPort.catalogSource());
  }
}
