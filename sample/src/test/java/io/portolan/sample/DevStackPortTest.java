package io.portolan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Transport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sample's own table, through the processor: names and lookups of its own, in its own package. */
class DevStackPortTest {
  @Test
  void ownTableGeneratesAnEnumAndConstants() {
    assertEquals(5005, DevStackPort.DEBUGGER.number());
    assertEquals(DevStackPort.DEBUGGER.number(), DevStackPorts.DEBUGGER);
    assertEquals(List.of(DevStackPort.METRICS), DevStackPort.byNumber(9090));
    assertEquals(Optional.of(DevStackPort.METRICS), DevStackPort.byServiceName("prometheus"));
    assertEquals(Optional.of(DevStackPort.DEBUGGER), DevStackPort.byServiceName("jdwp"));
    assertTrue(DevStackPort.APP.supports(Transport.TCP));
    assertEquals("ports/dev-stack.csv", DevStackPort.catalogSource());
    assertEquals(3, DevStackPort.values().length);
  }
}
