package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.PortCatalog;
import io.portolan.Transport;
import io.portolan.processor.CatalogCompiler.PrerenderRole;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.request.CatalogRequest;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which requests the compiler serves prerendered: decided field by field, every field classified. */
class PrerenderRuleTest {
  /** For each field that must be at its default, a request that differs from the default only there. */
  private static final Map<String, UnaryOperator<CatalogRequest.Builder>> NOT_DEFAULT = Map.ofEntries(
      Map.entry("format", builder -> builder.format(TableFormat.PORTOLAN)),
      Map.entry("typeName", builder -> builder.typeName("Ports")),
      Map.entry("constantsName", builder -> builder.constantsName("PortNumbers")),
      Map.entry("shape", builder -> builder.shape(CatalogRequest.Shape.TABLE)),
      Map.entry("ports", builder -> builder.ports(List.of("22"))),
      Map.entry("transports", builder -> builder.transports(Set.of(Transport.TCP))),
      Map.entry("assignments", builder -> builder.assignments(Set.of(Assignment.OFFICIAL))),
      Map.entry("include", builder -> builder.include(List.of("ssh"))),
      Map.entry("exclude", builder -> builder.exclude(List.of("ssh"))),
      Map.entry("renames", builder -> builder.rename("ssh", "SECURE_SHELL")));

  @Test
  void everyFieldOfTheRequestIsClassified() {
    Set<String> fields = Arrays.stream(CatalogRequest.class.getRecordComponents()).map(RecordComponent::getName)
        .collect(Collectors.toSet());
    assertEquals(fields, CatalogCompiler.PRERENDER_RULE.keySet(),
        "a field of CatalogRequest is missing from CatalogCompiler.PRERENDER_RULE: decide whether prerendered"
            + " sources can serve any value of it");
  }

  @Test
  void theDefaultRequestOfEachBundledCatalogIsPrerenderedInAnyPackageAndVariant() {
    for (BundledCatalog catalog : BundledCatalog.values()) {
      for (boolean generated : new boolean[] {true, false}) {
        for (boolean textBlocks : new boolean[] {true, false}) {
          for (String packageName : List.of("", "com.example.net")) {
            assertTrue(CatalogCompiler.isPrerendered(CatalogRequest.builder(packageName, catalog.id())
                .generatedAnnotation(generated).textBlocks(textBlocks).build()), catalog.id());
          }
        }
      }
      assertTrue(CatalogCompiler.isPrerendered(CatalogRequest.builder("p", catalog.id())
          .typeName(catalog.typeName()).constantsName(catalog.constantsName()).build()),
          "a type name written out as the default one is the default");
    }
  }

  @Test
  void anyFieldThatMustBeAtItsDefaultTurnsPrerenderingOff() {
    Set<String> atDefault = CatalogCompiler.PRERENDER_RULE.entrySet().stream()
        .filter(entry -> entry.getValue() == PrerenderRole.AT_DEFAULT).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
    assertEquals(atDefault, NOT_DEFAULT.keySet(), "each field that must be at its default has a case here");
    NOT_DEFAULT.forEach((field, change) -> assertFalse(CatalogCompiler.isPrerendered(
        change.apply(CatalogRequest.builder("p", PortCatalog.WELL_KNOWN)).build()), field));
  }
}
