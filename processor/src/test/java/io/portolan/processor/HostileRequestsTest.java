package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.PortCatalog;
import io.portolan.processor.CatalogCompiler.Result;
import io.portolan.processor.CatalogCompiler.TableLoader;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.request.CatalogRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests and tables a hostile user writes, each once broke the processor: every one gives a
 * tagged diagnostic or a catalog, never an exception and never a source that fails to compile.
 */
class HostileRequestsTest {
  private static final String SMALL = TestTables.portolan(
      TestTables.row("22", "tcp", "SSH", "ssh", "", "official", "Secure Shell", "RFC4251"));

  @Test
  void aServicesLineWithThousandsOfAliasesIsReadWithoutOverflowingTheStack() {
    StringBuilder line = new StringBuilder("many 4000/tcp");
    for (int i = 0; i < 20_000; i++) {
      line.append(' ').append("a").append(i);
    }
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "services").build(),
        TableLoader.of("ssh 22/tcp\n" + line + "\n"));
    // Read, then refused as too much text for one service: a diagnostic, not a StackOverflowError.
    assertTrue(result.problems().stream().map(Problem::message).toList().contains(Message.SERVICE_TEXT_TOO_LONG),
        result.problems()::toString);
  }

  @Test
  void aServicesLineIsSplitAtTheLastSlashOfItsSecondWord() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "services").build(),
        TableLoader.of("ssh\t22/tcp  secure\tshell,sshd # Secure Shell\nbad 21/tcp/x\nnone 23/\n"));
    assertEquals(List.of(Message.BAD_PORT, Message.MALFORMED_SERVICES_LINE),
        result.problems().stream().map(Problem::message).toList());
    assertEquals(List.of("secure", "shell", "sshd"),
        CatalogCompiler.compile(CatalogRequest.builder("t", "services").build(),
            TableLoader.of("ssh\t22/tcp  secure\tshell,sshd # Secure Shell\n")).catalog().orElseThrow()
            .services().get(0).aliases());
  }

  @Test
  void typeNamesOfTheTableClassesNestedClassesAreRefused() {
    for (String name : List.of("Rows", "Index", "Names", "Text0", "Text5", "Text12")) {
      Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "ports.csv").typeName(name)
          .shape(CatalogRequest.Shape.TABLE).build(), TableLoader.of(SMALL));
      assertEquals(List.of(Message.RESERVED_TYPE_NAME), result.problems().stream().map(Problem::message).toList(),
          name);
    }
    Result text = CatalogCompiler.compile(CatalogRequest.builder("t", "ports.csv").typeName("Texts").build(),
        TableLoader.of(SMALL));
    assertFalse(text.hasErrors(), "Texts is no nested class's name: " + text.problems());
  }

  @Test
  void aPackageOutsideAsciiIsWrittenAlikeByThePrerenderedAndTheCompiledPath() {
    for (String catalog : List.of(PortCatalog.WELL_KNOWN, PortCatalog.DEFAULTS)) {
      CatalogRequest request = CatalogRequest.builder("caf\u00e9.r\u00e9seau", catalog).build();
      assertTrue(CatalogCompiler.isPrerendered(request));
      List<CatalogCompiler.GeneratedFile> served = CatalogCompiler.compileSources(request, TableLoader.of("")).files();
      List<CatalogCompiler.GeneratedFile> compiled = CatalogCompiler.compile(request, TableLoader.of("")).files();
      assertEquals(compiled, served, catalog);
      for (CatalogCompiler.GeneratedFile file : served) {
        assertTrue(file.content().startsWith("package caf\\u00e9.r\\u00e9seau;\n"), file.qualifiedName());
        assertTrue(file.content().chars().allMatch(c -> c < 0x80), file.qualifiedName() + " is ASCII");
      }
    }
  }
}
