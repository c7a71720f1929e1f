package io.portolan.processor;

import static io.portolan.processor.Compilations.assertSucceeded;
import static io.portolan.processor.Compilations.generatedSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.portolan.Transport;
import io.portolan.processor.CatalogCompiler.GeneratedFile;
import io.portolan.processor.CatalogCompiler.Sources;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.request.CatalogRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled catalogs' sources prerendered at the build ({@link PrerenderedCatalogs}): served for
 * their default requests exactly as {@link CatalogCompiler#compile} renders them, and for no other
 * request.
 */
class PrerenderedCatalogsTest {
  private static final CatalogCompiler.TableLoader NO_FILES = (path, problems) -> {
    throw new AssertionError("a bundled catalog is not loaded through the loader");
  };

  static Stream<Arguments> defaultRequests() {
    List<Arguments> requests = new ArrayList<>();
    for (String source : List.of("portolan:well-known", "portolan:iana")) {
      for (String packageName : List.of("", "a", "com.example.some.longer.pkg")) {
        for (boolean textBlocks : new boolean[] {false, true}) {
          for (boolean generatedAnnotation : new boolean[] {false, true}) {
            requests.add(Arguments.of(CatalogRequest.builder(packageName, source)
                .textBlocks(textBlocks)
                .generatedAnnotation(generatedAnnotation)
                .build()));
          }
        }
      }
    }
    return requests.stream();
  }

  @ParameterizedTest
  @MethodSource("defaultRequests")
  void servesTheDefaultRequestsAsTheyCompile(CatalogRequest request) {
    assertTrue(CatalogCompiler.isPrerendered(request), request::toString);
    Sources served = PrerenderedCatalogs.serve(request)
        .orElseThrow(() -> new AssertionError("not served (are the prerendered resources in target/classes?)"));
    CatalogCompiler.Result compiled = CatalogCompiler.compile(request, NO_FILES);

    assertSameFiles(compiled.files(), served.files());
    assertSameProblems(compiled.problems(), served.problems());
    Sources sources = CatalogCompiler.compileSources(request, NO_FILES);
    assertSameFiles(compiled.files(), sources.files());
    assertSameProblems(compiled.problems(), sources.problems());
  }

  @Test
  void namesWrittenOutAsTheDefaultOnesAreTheDefaultRequest() {
    CatalogRequest request = CatalogRequest.builder("a", "portolan:iana").typeName("IanaPort")
        .constantsName("IanaPorts").textBlocks(true).build();
    assertTrue(CatalogCompiler.isPrerendered(request));
    assertSameFiles(CatalogCompiler.compile(request, NO_FILES).files(),
        CatalogCompiler.compileSources(request, NO_FILES).files());
    assertFalse(CatalogCompiler.isPrerendered(CatalogRequest.builder("a", "portolan:iana").constantsName("IanaPort")
        .build()));
  }

  @Test
  void theRegistryIsServedWithItsNoteOfTheTableShape() {
    Sources served = CatalogCompiler.compileSources(CatalogRequest.builder("a", "portolan:iana").build(), NO_FILES);
    assertEquals(List.of(Message.TABLE_SHAPE_CHOSEN), served.problems().stream().map(Problem::message).toList());
    assertTrue(served.problems().get(0).text().contains("IanaPort"), served.problems()::toString);
  }

  static Stream<CatalogRequest> otherRequests() {
    return Stream.of(
        CatalogRequest.builder("a", "portolan:iana").ports(List.of("5432")).build(),
        CatalogRequest.builder("a", "portolan:well-known").typeName("Net").build(),
        CatalogRequest.builder("a", "portolan:well-known").constantsName("NetPorts").build(),
        CatalogRequest.builder("a", "portolan:well-known").rename("ssh", "SECURE_SHELL").build(),
        CatalogRequest.builder("a", "portolan:well-known").shape(CatalogRequest.Shape.TABLE).build(),
        CatalogRequest.builder("a", "portolan:well-known").transports(Set.of(Transport.UDP)).build(),
        CatalogRequest.builder("a", "portolan:well-known").exclude(List.of("ssh")).build());
  }

  @ParameterizedTest
  @MethodSource("otherRequests")
  void compilesEveryOtherRequest(CatalogRequest request) {
    assertFalse(CatalogCompiler.isPrerendered(request), request::toString);
    CatalogCompiler.Result compiled = CatalogCompiler.compile(request, NO_FILES);
    Sources sources = CatalogCompiler.compileSources(request, NO_FILES);
    assertSameFiles(compiled.files(), sources.files());
    assertSameProblems(compiled.problems(), sources.problems());

    CatalogRequest defaults = CatalogRequest.builder(request.packageName(), request.source()).build();
    assertNotEquals(PrerenderedCatalogs.serve(defaults).orElseThrow().files(), sources.files(),
        "the request changes the sources, so serving the default ones would be wrong");
  }

  /** A build that did not prerender (an IDE's, say) has no resources: the request is compiled, silently. */
  @Test
  void aCatalogWithoutResourcesIsNotServed() {
    assertEquals(Optional.empty(), PrerenderedCatalogs.serve(CatalogRequest.builder("a", "portolan:nothing").build()));
  }

  @Test
  void aUserTableIsNeverPrerendered() {
    assertFalse(CatalogCompiler.isPrerendered(CatalogRequest.builder("a", "well-known.csv").build()));
    assertFalse(CatalogCompiler.isPrerendered(CatalogRequest.builder("a", "portolan:nothing").build()));
    assertFalse(CatalogCompiler.isPrerendered(CatalogRequest.builder("a", "portolan:well-known")
        .format(TableFormat.PORTOLAN).build()), "a format written out is not the default request");
  }

  /** In a package the sources import from, JavaPoet writes those types unimported: such a request is compiled. */
  @Test
  void aPackageTheSourcesImportFromIsCompiled() {
    for (String packageName : List.of("io.portolan", "java.util", "java")) {
      CatalogRequest request = CatalogRequest.builder(packageName, "portolan:well-known").build();
      assertTrue(CatalogCompiler.isPrerendered(request));
      assertEquals(Optional.empty(), PrerenderedCatalogs.serve(request), packageName);
      assertSameFiles(CatalogCompiler.compile(request, NO_FILES).files(),
          CatalogCompiler.compileSources(request, NO_FILES).files());
    }
    CatalogRequest inPortolan = CatalogRequest.builder("io.portolan", "portolan:well-known").build();
    assertFalse(CatalogCompiler.compileSources(inPortolan, NO_FILES).files().get(0).content()
        .contains("import io.portolan.Transport;"), "the type of the file's own package is not imported");
  }

  @Test
  void withoutGeneratedDropsTheOnlyImportWithItsBlankLine() {
    String only = "import javax.annotation.processing.Generated;\n\n/** Doc. */\n"
        + "@Generated(\"io.portolan.processor.PortCatalogProcessor\")\npublic final class A {\n}\n";
    assertEquals("/** Doc. */\npublic final class A {\n}\n", PrerenderedCatalogs.withoutGenerated(only));
    String several = "import a.B;\nimport javax.annotation.processing.Generated;\n\n"
        + "@Generated(\"io.portolan.processor.PortCatalogProcessor\")\npublic final class A {\n}\n";
    assertEquals("import a.B;\n\npublic final class A {\n}\n", PrerenderedCatalogs.withoutGenerated(several));
  }

  /** The processor, through javac, writes what the compiler renders for the same request. */
  @Test
  void theProcessorWritesTheServedSources(@TempDir Path tables) {
    Compilation compilation = Compilations.compile(tables, Compilations.packageInfo("test.served",
        "@PortCatalog", "@PortCatalog(source = PortCatalog.IANA)"));
    assertSucceeded(compilation);
    for (String source : List.of("portolan:well-known", "portolan:iana")) {
      CatalogRequest request = CatalogRequest.builder("test.served", source)
          .generatedAnnotation(true)
          .textBlocks(true)
          .build();
      for (GeneratedFile file : CatalogCompiler.compile(request, NO_FILES).files()) {
        assertTrue(file.content().equals(generatedSource(compilation, file.qualifiedName())),
            () -> file.qualifiedName() + " differs from what the compiler renders");
      }
    }
  }

  private static void assertSameFiles(List<GeneratedFile> expected, List<GeneratedFile> actual) {
    assertEquals(expected.stream().map(GeneratedFile::qualifiedName).toList(),
        actual.stream().map(GeneratedFile::qualifiedName).toList());
    for (int i = 0; i < expected.size(); i++) {
      String want = expected.get(i).content();
      String got = actual.get(i).content();
      int at = 0;
      while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
        at++;
      }
      int differsAt = at;
      int index = i;
      assertTrue(want.equals(got), () -> expected.get(index).qualifiedName() + " differs at character " + differsAt
          + ": expected ..." + excerpt(want, differsAt) + "... but was ..." + excerpt(got, differsAt) + "...");
    }
  }

  private static String excerpt(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
  }

  private static void assertSameProblems(List<Problem> expected, List<Problem> actual) {
    assertEquals(expected.stream().map(Problem::text).toList(), actual.stream().map(Problem::text).toList());
    assertTrue(PrerenderedCatalogs.sameProblems(expected, actual), () -> "the problems' values differ: " + expected
        + " and " + actual);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(List.of(expected.get(i).args()).stream().map(Object::getClass).toList(),
          List.of(actual.get(i).args()).stream().map(Object::getClass).toList());
    }
  }
}
