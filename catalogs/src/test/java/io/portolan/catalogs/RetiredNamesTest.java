package io.portolan.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The retired registry names in the prebuilt IanaPort, as a user of portolan-catalogs sees them.
 * (Reached through lookups: naming the deprecated constants would warn, and this module's tests
 * compile with -Werror.)
 */
class RetiredNamesTest {
  @Test
  void everyRetiredNameIsADeprecatedServiceAfterTheCurrentOnes() {
    List<IanaPort> all = IanaPort.all();
    List<String> deprecated = all.stream().filter(ServicePort::isDeprecated).map(IanaPort::constantName).toList();
    assertEquals(List.of("COMPRESSNET", "COMPRESSNET_3", "NETCONF_BEEP", "NETCONFSOAPHTTP", "NETCONFSOAPBEEP",
        "PEARLDOC_XACT", "APPLE_REMOTE_DESKTOP_NET_ASSISTANT", "ESCALE_NEWTON_DOCK", "FOX_SKYTALE", "AVI_NMS",
        "AVI_NMS_DISC", "PMCDPROXY"), deprecated);
    assertTrue(all.subList(0, all.size() - deprecated.size()).stream().noneMatch(ServicePort::isDeprecated));
    assertFalse(WellKnownPort.all().stream().anyMatch(ServicePort::isDeprecated));
  }

  @Test
  void lookupsFindThemByNameOnly() {
    assertEquals(List.of(), IanaPort.byNumber(2));
    assertEquals(List.of("PMPROXY"), IanaPort.byNumber(44322).stream().map(IanaPort::constantName).toList());
    IanaPort compressnet = IanaPort.byServiceName("compressnet").orElseThrow();
    assertEquals("COMPRESSNET", compressnet.constantName());
    assertTrue(compressnet.isDeprecated());
    assertEquals(2, compressnet.number());
    IanaPort beep = IanaPort.byServiceName("netconf-beep").orElseThrow();
    assertEquals(831, beep.number());
    assertEquals("Port withdrawn by RFC 9900 on 2025-09-29.", beep.description());
    assertFalse(IanaPort.byServiceName("pmproxy").orElseThrow().isDeprecated());
  }

  /**
   * The registry no longer assigns a retired name, so it is unofficial as of the bundled registry's
   * date, like every use the registry does not assign.
   */
  @Test
  void retiredNamesAreUnofficial() {
    for (IanaPort service : IanaPort.all()) {
      if (service.isDeprecated()) {
        assertEquals(Assignment.UNOFFICIAL, service.assignment(), service.constantName());
      }
    }
  }
}
