package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Transport;
import io.portolan.processor.generate.ConstantsGenerator;
import io.portolan.processor.generate.ConstantsReference;
import io.portolan.processor.generate.GeneratedSources;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.IanaTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads both copies of the IANA registry, the bundled one (LF) and one byte-faithful to what IANA
 * serves (CRLF between records, bare LF inside fields), through the real reader and builder.
 */
class RegistryTablesTest {
  private static final String BUNDLED = "io/portolan/data/iana.csv";
  private static final String SERVED = "tables/service-names-port-numbers-2026-02-13-crlf.csv";

  @Test
  void bothCopiesLoadWithoutProblems() throws IOException {
    // The update to 2026-04-09 added five services (data/registry-changes/2026-04-09.md).
    for (Map.Entry<String, Integer> copy : Map.of(BUNDLED, 6268 + 5, SERVED, 6268).entrySet()) {
      String resource = copy.getKey();
      CatalogCompiler.Result result = compile(resource);
      assertEquals(List.of(Message.TABLE_SHAPE_CHOSEN), result.problems().stream().map(Problem::message).toList(),
          resource);
      assertEquals(copy.getValue(), result.catalog().orElseThrow().services().size(), resource);
      assertTrue(result.catalog().orElseThrow().table(), "too large for an enum");
    }
  }

  @Test
  void constantsAreWrittenAsJavaPoetWritesThemMemberByMember() throws IOException {
    // The fast path writes the registry's 6,000 constants itself; JavaPoet, field by field, is the oracle.
    Catalog catalog = build(BUNDLED);
    for (boolean annotated : new boolean[] {true, false}) {
      GeneratedSources sources = new GeneratedSources(annotated, true);
      String expected = GeneratedSources.render(ConstantsReference.generate(catalog, sources));
      assertEquals(expected, ConstantsGenerator.render(catalog, sources));
    }
  }

  @Test
  void everyNamedRowWithAPortIsReachableByItsName() throws IOException {
    Problems problems = new Problems();
    Table table = new IanaTableReader().read(source(BUNDLED), problems);
    Catalog catalog = build(BUNDLED);
    Set<String> names = new HashSet<>();
    for (Service service : catalog.services()) {
      // What byServiceName finds a service by: its constant, its service name, its other names.
      names.add(service.constant().toLowerCase());
      names.add(service.serviceName().toLowerCase());
      names.addAll(service.aliases());
    }
    Set<String> rowNames = new HashSet<>();
    table.rows().forEach(row -> rowNames.add(row.service().toLowerCase()));
    rowNames.removeAll(names);
    assertEquals(Set.of(), rowNames);
    // 7,306 distinct names in the registry, of which the DNS-SD-only ones have no port.
    assertTrue(names.size() > 6300, "names: " + names.size());
  }

  @Test
  void servedCopyKeepsLineBreaksInsideFieldsAndCountsLinesFromRecordStarts() throws IOException {
    Table table = new IanaTableReader().read(source(SERVED), new Problems());
    Map<String, String> descriptions = new HashMap<>();
    table.rows().forEach(row -> descriptions.putIfAbsent(row.service(), row.description()));
    assertTrue(descriptions.values().stream().anyMatch(description -> description.contains("\n")),
        "some description spans lines");
    assertFalse(descriptions.values().stream().anyMatch(description -> description.contains("\r")),
        "no CR is left inside a field");
    String text = source(SERVED).content();
    for (var row : table.rows().subList(0, 200)) {
      String line = text.split("\r\n|\n", -1)[row.line() - 1];
      assertTrue(line.startsWith(row.service() + ","), () -> row.location() + " does not start " + row.service());
    }
  }

  @Test
  void aliasAndDuplicateRowsBecomeNamesOfTheirService() throws IOException {
    Catalog catalog = build(BUNDLED);
    Service http = service(catalog, "HTTP");
    assertEquals(80, http.firstPort());
    assertTrue(http.aliases().containsAll(List.of("www", "www-http")), http.aliases().toString());
    assertTrue(service(catalog, "Z39_50").aliases().contains("z39.50"));
    assertFalse(catalog.services().stream().anyMatch(service -> service.constant().equals("WWW")));
  }

  @Test
  void rangesTransportsAndReferencesAreRead() throws IOException {
    Catalog catalog = build(BUNDLED);
    Service x11 = service(catalog, "X11");
    assertEquals(6000, x11.firstPort());
    assertEquals(6063, x11.lastPort());
    assertEquals(5432, service(catalog, "POSTGRESQL").firstPort());
    assertTrue(service(catalog, "SSH").transports().containsAll(Set.of(Transport.TCP, Transport.UDP, Transport.SCTP)));
    assertTrue(service(catalog, "IMAP").rfcs().containsAll(List.of(3501, 9051)), service(catalog, "IMAP").rfcs().toString());
    assertEquals(List.of(), service(catalog, "PKIX_CMC").rfcs(), "a draft reference cites no RFC");
    assertTrue(catalog.services().stream().anyMatch(service -> service.transports().isEmpty()),
        "rows with no transport load, with none");
  }

  @Test
  void namesThatCollideOnDifferentPortsAreToldApartByPort() throws IOException {
    Catalog catalog = build(BUNDLED);
    assertEquals(18, service(catalog, "MSP").firstPort());
    assertEquals(2438, service(catalog, "MSP_2438").firstPort());
    assertEquals(564, service(catalog, "_9PFS").firstPort());
  }

  @Test
  void theTwoCopiesDifferAsTheRegistryDid() throws IOException {
    Catalog older = build(SERVED);
    Catalog newer = build(BUNDLED);
    assertEquals("2026-02-13", older.date());
    assertEquals(newestUpdate(), newer.date(), "the bundled registry is the one the last update brought in");
    Set<String> olderConstants = new HashSet<>();
    older.services().forEach(service -> olderConstants.add(service.constant() + "@" + service.portText()));
    Set<String> newerConstants = new HashSet<>();
    newer.services().forEach(service -> newerConstants.add(service.constant() + "@" + service.portText()));
    // 2026-02-25 added one registration, wchr, for DNS-SD with no port, and changed pkix-cmc's draft;
    // 2026-04-09 added five services and retired none (data/registry-changes/).
    Set<String> added = new HashSet<>(newerConstants);
    added.removeAll(olderConstants);
    assertTrue(newerConstants.containsAll(olderConstants));
    assertEquals(Set.of("VEROCE@4794", "ROUGHTIME@5319", "SIRIUS_AGENT@9183", "PROFINET_CM_SEC@34965",
        "PROFINET_RT_SEC@34966"), added);
  }

  /** Returns the date of the newest change report that data/update-registry.sh wrote. */
  private static String newestUpdate() throws IOException {
    try (Stream<Path> reports = Files.list(Path.of("../data/registry-changes"))) {
      return reports.map(report -> report.getFileName().toString().replaceFirst("\\.md$", ""))
          .max(String::compareTo)
          .orElseThrow();
    }
  }

  private static Service service(Catalog catalog, String constant) {
    return catalog.services().stream()
        .filter(service -> service.constant().equals(constant))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + constant));
  }

  /** Catalogs built so far, by resource: each copy is read once for the whole class. */
  private static final Map<String, Catalog> BUILT = new HashMap<>();

  private static Catalog build(String resource) throws IOException {
    Catalog catalog = BUILT.get(resource);
    if (catalog == null) {
      catalog = compile(resource).catalog().orElseThrow();
      BUILT.put(resource, catalog);
    }
    return catalog;
  }

  /** Compiles the copy {@code resource} of the registry as a user's IANA table, through the core. */
  private static CatalogCompiler.Result compile(String resource) throws IOException {
    String content = source(resource).content();
    CatalogRequest request = CatalogRequest.builder("test", resource).format(TableFormat.IANA).typeName("IanaPort")
        .build();
    return CatalogCompiler.compile(request, CatalogCompiler.TableLoader.of(content));
  }

  private static SourceText source(String resource) throws IOException {
    try (InputStream in = RegistryTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return new SourceText(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
