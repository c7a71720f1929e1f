package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.request.CatalogRequest;
import io.portolan.processor.validate.RetiredServices;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled registry's retired names, read and turned into deprecated services. */
class RetiredServicesTest {
  private static final String HEADER = "service,port,transports,left,why,replacement,reference,constant\n";

  private static Service current(String constant, int port, String serviceName, String... aliases) {
    return new Service(constant, port, port, EnumSet.of(Transport.TCP), serviceName, List.of(aliases),
        Assignment.OFFICIAL, "", List.of(), "t.csv:2", 0);
  }

  private static List<String> constants(List<Service> services) {
    return services.stream().map(Service::constant).toList();
  }

  private static String bundled() throws IOException {
    try (InputStream in = RetiredServices.class.getClassLoader().getResourceAsStream(RetiredServices.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBundledRowsReadWithTheirPinnedConstants() throws IOException {
    List<RetiredServices.Row> rows = RetiredServices.read(bundled());
    assertEquals(12, rows.size());
    RetiredServices.Row beep = rows.get(2);
    assertEquals("netconf-beep", beep.service());
    assertEquals("NETCONF_BEEP", beep.constant());
    assertEquals(Set.of(Transport.TCP, Transport.UDP), beep.transports());
    assertEquals(List.of(9900), beep.rfcs());
    assertEquals("Port withdrawn by RFC 9900 on 2025-09-29", beep.deprecation().phrase());
    assertEquals("APPLE_REMOTE_DESKTOP_NET_ASSISTANT", rows.get(6).constant());
  }

  @Test
  void aNameStillInUseOrAConstantACurrentServiceHasIsLeftOut() {
    List<RetiredServices.Row> rows = RetiredServices.read(HEADER
        + "back,10,tcp,2025-01-01,removed,,,BACK\n"
        + "alias-now,11,tcp,2025-01-01,removed,,,ALIAS_NOW\n"
        + "clash,12,tcp,2025-01-01,removed,,,TAKEN\n"
        + "kept,13,tcp,2025-01-01,renamed,newer,,KEPT\n");
    List<Service> current = List.of(current("BACK", 99, "back"), current("OTHER", 98, "other", "alias-now"),
        current("TAKEN", 97, "taken"), current("NEWER", 13, "newer"));
    List<Service> retired = RetiredServices.services(rows, current, "r.csv");
    assertEquals(List.of("KEPT"), constants(retired));
    Service kept = retired.get(0);
    assertTrue(kept.isDeprecated());
    assertEquals("kept", kept.serviceName());
    assertEquals("r.csv:5", kept.location());
    assertEquals("Renamed newer by IANA on 2025-01-01.", kept.description());
  }

  @Test
  void rowsWithoutAConstantAreNamedByTheRuleAndToldApartByPort() {
    List<RetiredServices.Row> rows = RetiredServices.read(HEADER
        + "old-name,2,tcp udp,2025-02-13,de-assigned,,,\n"
        + "old-name,3,tcp udp,2025-02-13,de-assigned,,,\n");
    assertEquals(List.of("OLD_NAME", "OLD_NAME_3"), constants(RetiredServices.services(rows, List.of(), "r.csv")));
  }

  @Test
  void aBadRowIsRefusedWithItsLine() {
    IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
        () -> RetiredServices.read(HEADER + "ok,1,tcp,2025-01-01,removed,,,OK\nbad,70000,tcp,2025-01-01,removed,,,B\n"));
    assertEquals("line 3: \"70000\" is not a port or range", port.getMessage());
    IllegalArgumentException why = assertThrows(IllegalArgumentException.class,
        () -> RetiredServices.read(HEADER + "bad,1,tcp,2025-01-01,gone,,,B\n"));
    assertTrue(why.getMessage().startsWith("line 2: \"gone\" is not one of"), why.getMessage());
    IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
        () -> RetiredServices.read("service,port\nx,1\n"));
    assertTrue(columns.getMessage().startsWith("line 1: expected the columns"), columns.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RetiredServices.read(HEADER + "bad,1,tcp,2025-01-01,removed,,,lower\n"));
  }

  @Test
  void filtersApplyToRetiredServicesAndTheyComeLast() {
    Result result = compile(CatalogRequest.builder("t", "portolan:iana").include(List.of("compressnet", "ssh")));
    assertEquals(List.of("SSH", "COMPRESSNET", "COMPRESSNET_3"), constants(result.catalog().services()));
    Result ports = compile(CatalogRequest.builder("t", "portolan:iana").ports(List.of("44322")));
    assertEquals(List.of("PMPROXY", "PMCDPROXY"), constants(ports.catalog().services()));
    assertEquals("PMPROXY", ports.catalog().lookupNames().get("pmproxy").constant());
    assertEquals("PMCDPROXY", ports.catalog().lookupNames().get("pmcdproxy").constant());
    Result excluded = compile(CatalogRequest.builder("t", "portolan:iana").ports(List.of("44322"))
        .exclude(List.of("pmcdproxy")));
    assertEquals(List.of("PMPROXY"), constants(excluded.catalog().services()));
    Result udp = compile(CatalogRequest.builder("t", "portolan:iana").ports(List.of("4413"))
        .transports(Set.of(Transport.UDP)));
    assertEquals(List.of("VISION_MON_DISC", "AVI_NMS_DISC"), constants(udp.catalog().services()));
    assertTrue(udp.catalog().services().get(1).isDeprecated(), "a filtered service keeps its deprecation");
  }

  @Test
  void onlyTheRegistryCatalogHasRetiredNames() {
    Result wellKnown = compile(CatalogRequest.builder("t", "portolan:well-known"));
    assertFalse(wellKnown.catalog().services().stream().anyMatch(Service::isDeprecated));
  }

  private record Result(Catalog catalog) {}

  private static Result compile(CatalogRequest.Builder request) {
    CatalogCompiler.Result result = CatalogCompiler.compile(request.build(), CatalogCompiler.TableLoader.of(""));
    assertFalse(result.hasErrors(), result.problems()::toString);
    return new Result(result.catalog().orElseThrow());
  }

}
