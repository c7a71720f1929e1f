package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.processor.CatalogCompiler.Result;
import io.portolan.processor.CatalogCompiler.TableLoader;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.problem.Message;
import io.portolan.processor.request.CatalogRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The javac-free core, called directly: what it detects, decides and generates. */
class CatalogCompilerTest {
  private static final String SMALL = TestTables.portolan(
      TestTables.row("22", "tcp", "SSH", "ssh", "", "official", "Secure Shell", "RFC4251"));

  @Test
  void compilesARequestIntoBothSources() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("com.example", "ports/small.csv").build(),
        TableLoader.of(SMALL));
    assertEquals(List.of(), result.problems());
    assertEquals(Optional.of(TableFormat.PORTOLAN), result.format());
    assertEquals(List.of("com.example.SmallPort", "com.example.SmallPorts"),
        result.files().stream().map(CatalogCompiler.GeneratedFile::qualifiedName).toList());
    assertTrue(result.files().get(0).content().contains("public enum SmallPort implements ServicePort"));
    assertFalse(result.files().get(0).content().contains("@Generated"));
  }

  @Test
  void generatedAnnotationOnRequest() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("", "small.csv").typeName("Net")
        .generatedAnnotation(true).build(), TableLoader.of(SMALL));
    assertEquals(List.of("Net", "Nets"), result.files().stream().map(CatalogCompiler.GeneratedFile::qualifiedName).toList());
    assertTrue(result.files().get(1).content().contains("@Generated(\"io.portolan.processor.PortCatalogProcessor\")"));
  }

  @Test
  void theSeedStatusAndStatusNoteOfATableReachTheJavadoc() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "ports.csv").build(), TableLoader.of(
        "port,transports,constant,service,status,seed_status,status_note,description\n"
            + "465,tcp,SMTPS,submissions,official,unofficial,IANA assigns submissions on 465/tcp,SMTP over TLS\n"
            + "22,tcp,SSH,ssh,official,official,,Secure Shell\n"));
    assertFalse(result.hasErrors(), result.problems()::toString);
    String constants = result.files().get(1).content().replaceAll("\\s*\\n\\s*\\* ?", " ");
    assertTrue(constants.contains("Official: the table lists this use as assigned by IANA. Listed as Unofficial in"
        + " the table's source; IANA assigns submissions on 465/tcp. Service name"), constants);
    assertTrue(constants.contains("Official: the table lists this use as assigned by IANA. Service name <code>ssh"),
        "a seed status that agrees and no note add nothing: " + constants);
  }

  @Test
  void bundledCatalogsAreLoadedByTheCoreInTheirOwnFormat() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "portolan:well-known")
        .format(TableFormat.SERVICES).build(), (path, problems) -> {
          throw new AssertionError("a bundled catalog is not loaded through the loader");
        });
    assertEquals(Optional.of(TableFormat.PORTOLAN), result.format());
    assertFalse(result.hasErrors(), result.problems()::toString);
    assertEquals("t.WellKnownPort", result.files().get(0).qualifiedName());
  }

  /**
   * The unmodified registry as a user file, its format detected, gets no ShadowedName warnings, as
   * with format = IANA: the check reads the detected format.
   */
  @Test
  void shadowedNamesAreCheckedOnTheDetectedFormat() throws IOException {
    String registry;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/portolan/data/iana.csv")) {
      registry = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (TableFormat format : List.of(TableFormat.AUTO, TableFormat.IANA)) {
      Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "registry.csv").format(format).build(),
          TableLoader.of(registry));
      assertEquals(Optional.of(TableFormat.IANA), result.format());
      assertEquals(List.of(), result.problems().stream().filter(problem -> problem.message() != Message.TABLE_SHAPE_CHOSEN)
          .toList(), format.toString());
    }
  }
}
