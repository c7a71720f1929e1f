package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.precompiled.ModelFile;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogs' precompiled models: current with the tables and the pipeline, and serving
 * every request exactly as the tables would, sources and problems alike.
 */
class PrecompiledCatalogsTest {
  /**
   * Requests on a bundled catalog, together setting every attribute of {@code @PortCatalog} to a
   * value other than its default, alone and combined, with requests that warn and that fail.
   */
  private static final List<UnaryOperator<CatalogRequest.Builder>> REQUESTS = List.of(
      builder -> builder,
      builder -> builder.generatedAnnotation(true).textBlocks(true),
      builder -> builder.format(TableFormat.SERVICES),
      builder -> builder.typeName("Port").constantsName("PortNumbers"),
      builder -> builder.typeName("SSH"),
      builder -> builder.shape(CatalogRequest.Shape.TABLE),
      builder -> builder.shape(CatalogRequest.Shape.ENUM),
      builder -> builder.ports(List.of("1-1023")),
      builder -> builder.ports(List.of("20-25", " 8080 ", "65535")).textBlocks(true),
      builder -> builder.ports(List.of("x", "70000")),
      builder -> builder.transports(Set.of(Transport.UDP)),
      builder -> builder.transports(Set.of(Transport.SCTP)).shape(CatalogRequest.Shape.ENUM),
      builder -> builder.assignments(Set.of(Assignment.UNOFFICIAL)),
      builder -> builder.assignments(Set.of(Assignment.OFFICIAL)).ports(List.of("5000-9999")),
      builder -> builder.include(List.of("ssh", "domain", "HTTPS", "postgresql", "kafka", "http-alt", "DNS")),
      builder -> builder.include(List.of("ssh", "no-such-service")),
      builder -> builder.include(List.of("dhcp_server", "ms-sql-s", "redis")).transports(Set.of(Transport.TCP)),
      builder -> builder.exclude(List.of("ssh", "telnet", "no-such-service")).ports(List.of("0-100")),
      builder -> builder.include(List.of("ssh", "https")).rename("ssh", "SECURE_SHELL").rename("https", "WEB"),
      builder -> builder.rename("ssh", "HTTPS"),
      builder -> builder.rename("http-alt", "ALT").rename("no-such-service", "NONE").rename("ssh", "not valid"),
      builder -> builder.include(List.of("ssh")).exclude(List.of("ssh")),
      builder -> builder.ports(List.of("1")).transports(Set.of(Transport.SCTP)));

  @Test
  void theModelsInTheClassOutputAreThoseTheTablesMake() {
    for (BundledCatalog catalog : BundledCatalog.values()) {
      byte[] stored = PrecompiledCatalogs.read(catalog);
      assertNotNull(stored, "no " + PrecompiledCatalogs.resource(catalog) + ": build the processor (mvn process-classes)");
      assertArrayEquals(PrecompiledCatalogs.make(catalog), stored, PrecompiledCatalogs.resource(catalog)
          + " is stale: its tables or the pipeline changed since it was made; rebuild the processor"
          + " (mvn process-classes) to precompile it again");
      assertArrayEquals(ModelFile.digest(catalog.tables()), ModelFile.inputDigest(stored), catalog.id());
    }
  }

  @Test
  void everyRequestIsCompiledFromTheModelExactlyAsFromTheTables() {
    int compared = 0;
    Set<String> outcomes = new TreeSet<>();
    for (BundledCatalog catalog : BundledCatalog.values()) {
      for (UnaryOperator<CatalogRequest.Builder> request : REQUESTS) {
        CatalogRequest built = request.apply(CatalogRequest.builder("com.example.net", catalog.id())).build();
        CatalogCompiler.Result precompiled = CatalogCompiler.compile(built, this::noUserTable);
        CatalogCompiler.Result fromTables = CatalogCompiler.compileFromTables(built, this::noUserTable);
        assertEquals(fromTables.files(), precompiled.files(), built.toString());
        assertTrue(PrerenderedCatalogs.sameProblems(fromTables.problems(), precompiled.problems()),
            built + ": " + texts(fromTables.problems()) + " from the tables, " + texts(precompiled.problems())
                + " from the model");
        assertEquals(fromTables.catalog().map(c -> c.services()), precompiled.catalog().map(c -> c.services()));
        outcomes.add(precompiled.hasErrors() ? "errors" : precompiled.problems().isEmpty() ? "clean" : "warnings");
        precompiled.problems().forEach(problem -> outcomes.add(problem.message().name()));
        compared++;
      }
    }
    assertEquals(3 * REQUESTS.size(), compared);
    // The requests reach what they are meant to: clean sources, warnings and errors, of these kinds.
    assertTrue(outcomes.containsAll(List.of("clean", "warnings", "errors", "UNKNOWN_FILTER_NAME", "BAD_RENAME",
        "DUPLICATE_CONSTANT", "AMBIGUOUS_NAME", "ENUM_TOO_LARGE", "TABLE_SHAPE_CHOSEN", "EMPTY_CATALOG",
        "BAD_PORT_FILTER", "TYPE_NAME_IS_CONSTANT")), outcomes.toString());
  }

  @Test
  void theRequestsSetEveryAttributeOtherwiseThanItsDefault() {
    CatalogRequest defaults = CatalogRequest.builder("p", "portolan:iana").build();
    List<String> unset = new ArrayList<>();
    for (RecordComponent component : CatalogRequest.class.getRecordComponents()) {
      if (component.getName().equals("packageName") || component.getName().equals("source")) {
        continue; // every request names a package and a bundled catalog
      }
      boolean set = REQUESTS.stream().anyMatch(request -> !value(component,
          request.apply(CatalogRequest.builder("p", "portolan:iana")).build()).equals(value(component, defaults)));
      if (!set) {
        unset.add(component.getName());
      }
    }
    assertEquals(List.of(), unset, "attributes no request of REQUESTS sets");
  }

  @Test
  void aModelFileIsReadOnlyWholeAndOfItsOwnFormat() {
    byte[] file = PrecompiledCatalogs.read(BundledCatalog.WELL_KNOWN);
    assertEquals(ModelFile.read(file).services(),
        BundledCatalog.WELL_KNOWN.buildModel(new Problems()).services());

    byte[] damaged = file.clone();
    damaged[damaged.length / 2] ^= 0x20;
    assertRefused(damaged, "is damaged: its checksum does not match");
    assertRefused(Arrays.copyOf(file, file.length - 1000), "is damaged: its checksum does not match");
    assertRefused("port,constant\n22,SSH\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "is not a Portolan model file");
    byte[] otherVersion = file.clone();
    otherVersion[7] = (byte) (ModelFile.FORMAT + 1);
    assertRefused(otherVersion, "is of format " + (ModelFile.FORMAT + 1) + "; this processor reads format "
        + ModelFile.FORMAT);
  }

  @Test
  void aDamagedModelIsAnErrorThatNamesIt() {
    byte[] damaged = PrecompiledCatalogs.read(BundledCatalog.IANA).clone();
    damaged[100] ^= 0x01;
    Problems problems = new Problems();
    assertEquals(null, BundledCatalog.IANA.model(damaged, problems));
    assertEquals(List.of("[Portolan/SourceUnreadable] cannot read port table \"portolan:iana\": its precompiled model"
        + " io/portolan/processor/precompiled/iana.model is damaged: its checksum does not match"),
        texts(problems.toReport()));
  }

  @Test
  void theSameModelIsWrittenAsTheSameBytes() {
    BundledCatalog catalog = BundledCatalog.DEFAULTS;
    assertArrayEquals(PrecompiledCatalogs.make(catalog), PrecompiledCatalogs.make(catalog));
    assertFalse(Arrays.equals(PrecompiledCatalogs.make(catalog), PrecompiledCatalogs.make(BundledCatalog.WELL_KNOWN)));
  }

  private static void assertRefused(byte[] file, String why) {
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ModelFile.read(file));
    assertEquals(why, refused.getMessage());
  }

  private static Object value(RecordComponent component, CatalogRequest request) {
    try {
      return component.getAccessor().invoke(request);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private byte[] noUserTable(String path, Problems problems) {
    throw new AssertionError("a bundled catalog is not loaded through the loader: " + path);
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::text).toList();
  }
}
