package com.example.checked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Transport;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServicesTest {
  @Test
  void everyShapeLooksUp() {
    assertEquals(22, WellKnownPort.SSH.number());
    assertEquals(53, WellKnownPort.byServiceName("domain").orElseThrow().number());
    assertEquals(5432, IanaPort.byServiceName("postgresql").orElseThrow().number());
    assertEquals(IanaPort.all().size(), IanaPort.all().stream().distinct().count());
    assertEquals(List.of(SystemPort.SSH), SystemPort.byNumber(22));
    assertTrue(SystemPort.all().stream().allMatch(port -> port.number() <= 1023
        && port.transports().contains(Transport.TCP)));
    assertFalse(SystemPort.byServiceName("postgresql").isPresent());
  }

  @Test
  void userTableReadsBackFromTheRows() {
    InternalService workers = InternalService.byNumber(9405).get(0);
    assertEquals("workers", workers.serviceName());
    assertEquals(9400, workers.number());
    assertEquals(9410, workers.lastNumber());
    assertEquals("Worker pool, one port a worker", workers.description());
    assertEquals(List.of("prometheus"), InternalService.byServiceName("metrics").orElseThrow().aliases());
    assertEquals("https://www.rfc-editor.org/rfc/rfc9110",
        InternalService.byServiceName("admin").orElseThrow().references().get(0).toString());
  }

  @Test
  void servicesUsesTheCatalogs() {
    assertEquals("ssh", Services.protocol(22));
    assertEquals("postgresql", Services.protocol(5432));
    assertEquals("kafka", Services.protocol(9092));
    assertEquals("metrics", Services.protocol(9100));
    assertEquals(8443, Services.find("admin-console").orElseThrow().number());
    assertEquals(5432, Services.find("postgresql").orElseThrow().number());
  }

  @Test
  void prebuiltCatalogsConsumerCodeRuns() {
    assertEquals("postgresql", com.example.app.Ports.protocol(5432));
    assertEquals(53, com.example.app.Ports.portOf("domain").orElseThrow());
  }
}
