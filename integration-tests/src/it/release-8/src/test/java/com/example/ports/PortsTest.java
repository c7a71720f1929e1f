package com.example.ports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.PortRange;
import io.portolan.ServicePort;
import io.portolan.Transport;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortsTest {
  @Retention(RetentionPolicy.RUNTIME)
  @interface Listen {
    int value();
  }

  @Listen(WellKnownPorts.HTTPS)
  static final class WebServer {}

  @Test
  void enumGivesPortNumbers() {
    assertEquals(22, WellKnownPort.SSH.number());
    assertEquals(22, Ports.ssh());
    assertEquals(22, WellKnownPorts.SSH);
    assertEquals(9100, InternalPort.METRICS.number());
  }

  @Test
  void constantsAreSwitchLabels() {
    assertEquals("https", Ports.protocol(443));
    assertEquals("ssh", Ports.protocol(22));
    assertEquals("metrics", Ports.protocol(9100));
    assertEquals("other", Ports.protocol(1));
  }

  @Test
  void constantsAreAnnotationValues() {
    assertEquals(443, WebServer.class.getAnnotation(Listen.class).value());
  }

  @Test
  void lookups() {
    assertTrue(WellKnownPort.byNumber(53).contains(WellKnownPort.DNS));
    assertEquals(Optional.of(WellKnownPort.DNS), WellKnownPort.byServiceName("domain"));
    assertEquals(Optional.of(InternalPort.METRICS), InternalPort.byServiceName("prometheus"));
    assertEquals("ports/internal.csv", InternalPort.catalogSource());
    ServicePort https = WellKnownPort.HTTPS;
    assertEquals(PortRange.WELL_KNOWN, https.range());
    assertTrue(https.supports(Transport.TCP));
  }

  @Test
  void tableShape() {
    assertEquals(2, InternalService.all().size());
    assertEquals("ADMIN_CONSOLE", InternalService.byNumber(8443).get(0).constantName());
    assertEquals(InternalServices.METRICS, InternalService.byServiceName("metrics").get().number());
  }
}
