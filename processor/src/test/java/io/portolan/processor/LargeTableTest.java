package io.portolan.processor;

import static io.portolan.processor.Compilations.assertClean;
import static io.portolan.processor.Compilations.packageInfo;
import static io.portolan.processor.LoadedCatalog.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.processor.Compilations.Outcome;
import io.portolan.processor.generate.ConstantsGenerator;
import io.portolan.processor.problem.Message;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of 100,000 rows becomes a table-shaped catalog of {@link ConstantsGenerator#MAX_CONSTANTS}
 * services, the most one catalog may have, and one service more is a clear error. The timeouts only
 * guard against a hang; they are no benchmark.
 */
class LargeTableTest {
  private static final int ROWS = 100_000;
  private static final String[] TRANSPORTS = {"tcp", "udp", "sctp", "dccp"};

  @TempDir Path tables;

  @Test
  @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aHundredThousandRowsCompileIntoATableClass() {
    int services = ConstantsGenerator.MAX_CONSTANTS;
    // Services with four rows (one a transport) and with three, so that the rows add up to ROWS.
    int withFour = ROWS - 3 * services;
    StringBuilder table = new StringBuilder(TestTables.HEADER).append('\n');
    int rows = 0;
    for (int i = 0; i < services; i++) {
      for (int t = 0; t < (i < withFour ? 4 : 3); t++) {
        table.append(port(i)).append(',').append(TRANSPORTS[t]).append(",,svc-").append(i)
            .append(",alias-").append(i).append(",official,Service number ").append(i).append(",RFC").append(i % 9000 + 1)
            .append('\n');
        rows++;
      }
    }
    assertEquals(ROWS, rows);
    TestTables.write(tables, "large.csv", table.toString());

    Compilation compilation = Compilations.compile(tables,
        packageInfo("t", "@PortCatalog(source = \"large.csv\", shape = PortCatalog.Shape.TABLE)"));
    assertClean(compilation);

    LoadedCatalog catalog = new LoadedCatalog(Compilations.classLoader(compilation), "t.LargePort");
    assertFalse(catalog.type().isEnum());
    List<ServicePort> all = catalog.values();
    assertEquals(services, all.size());
    for (int i : new int[] {0, 1, withFour - 1, withFour, services / 2, services - 1}) {
      ServicePort service = all.get(i);
      assertEquals("SVC_" + i, name(service));
      assertEquals("svc-" + i, service.serviceName());
      assertEquals(port(i).split("-")[0], Integer.toString(service.number()));
      assertEquals(i < withFour ? EnumSet.allOf(Transport.class) : EnumSet.of(Transport.TCP, Transport.UDP, Transport.SCTP),
          service.transports());
      assertEquals("Service number " + i, service.description());
      assertEquals(List.of(service), catalog.byNumber(service.lastNumber()));
      assertEquals(Optional.of(service), catalog.byServiceName("alias-" + i));
      assertEquals(Optional.of(service), catalog.byServiceName("SVC_" + i));
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void oneServiceMoreThanACatalogHoldsIsAClearError() {
    int services = ConstantsGenerator.MAX_CONSTANTS + 1;
    StringBuilder table = new StringBuilder(TestTables.HEADER).append('\n');
    for (int i = 0; i < services; i++) {
      table.append(port(i)).append(",tcp,,svc-").append(i).append(",,official,,\n");
    }
    TestTables.write(tables, "huge.csv", table.toString());
    Outcome outcome = Compilations.compileRecording(tables,
        packageInfo("t", "@PortCatalog(source = \"huge.csv\", shape = PortCatalog.Shape.TABLE)"));
    assertEquals(List.of(Message.CATALOG_TOO_LARGE.format(services, ConstantsGenerator.MAX_CONSTANTS)),
        Compilations.messages(outcome.compilation(), Diagnostic.Kind.ERROR));
    assertEquals(List.of(), outcome.generated());
  }

  /** Distinct ports, every hundredth service a range of two. */
  private static String port(int service) {
    int port = 1 + 2 * service;
    return service % 100 == 0 ? port + "-" + (port + 1) : Integer.toString(port);
  }
}
