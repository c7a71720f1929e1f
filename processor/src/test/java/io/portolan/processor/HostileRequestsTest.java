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

  /** The constants and lookups of a compile of {@code request}, which must succeed. */
  private static List<String> constants(CatalogRequest request) {
    Result result = CatalogCompiler.compile(request, TableLoader.of(""));
    assertFalse(result.hasErrors(), result.problems()::toString);
    return result.catalog().orElseThrow().services().stream().map(service -> service.constant() + " "
        + service.portText()).toList();
  }

  private static List<String> errors(CatalogRequest request) {
    return errors(request, "");
  }

  private static List<String> errors(CatalogRequest request, String table) {
    return CatalogCompiler.compile(request, TableLoader.of(table)).problems().stream().filter(Problem::isError)
        .map(Problem::text).toList();
  }

  @Test
  void filtersNameTheServicesTheConstantsAndLookupsName() {
    assertEquals(List.of("SLP 427", "HTTP_ALT 8080"), constants(CatalogRequest.builder("t", PortCatalog.IANA)
        .include(List.of("HTTP_ALT", "SLP")).build()));
    List<String> excluded = constants(CatalogRequest.builder("t", PortCatalog.IANA)
        .exclude(List.of("HTTP_ALT", "SLP")).build());
    assertFalse(excluded.contains("HTTP_ALT 8080") || excluded.contains("SLP 427"));
    assertTrue(excluded.contains("HTTP_ALT_591 591") && excluded.contains("SLP_1605 1605"));
    // Lookup names in any case: slp is IANA's Salutation on 1605, as byServiceName("slp") finds it.
    assertEquals(List.of("SLP_1605 1605"), constants(CatalogRequest.builder("t", PortCatalog.IANA)
        .include(List.of("slp")).build()));
  }

  @Test
  void filtersAcceptCuratedNamesAndTheirLookupNames() {
    assertEquals(List.of("DNS 53", "DHCP_SERVER 67", "RDP 3389"), constants(CatalogRequest.builder("t", PortCatalog.IANA)
        .include(List.of("rdp", "DNS", "dhcp_server")).build()));
    assertEquals(List.of("DHCP_SERVER 67", "RDP 3389"), constants(CatalogRequest.builder("t", PortCatalog.IANA)
        .include(List.of("DHCP_SERVER", "MS_WBT_SERVER")).build()));
    assertEquals(List.of("BOOTPS 67"), constants(CatalogRequest.builder("t", PortCatalog.WELL_KNOWN)
        .include(List.of("DHCP_SERVER")).build()));
  }

  @Test
  void aNameSeveralServicesShareIsRefusedAndTheMessageNamesTheirConstants() {
    List<String> errors = errors(CatalogRequest.builder("t", PortCatalog.WELL_KNOWN).rename("microsoft-ds", "DS").build());
    assertEquals(1, errors.size(), errors::toString);
    assertTrue(errors.get(0).startsWith(Message.AMBIGUOUS_NAME.tag()) && errors.get(0).contains("MICROSOFT_DS (445)")
        && errors.get(0).contains("SMB (445)"), errors.get(0));
    List<String> registry = errors(CatalogRequest.builder("t", PortCatalog.IANA).rename("http-alt", "WEB_ALT").build());
    assertTrue(registry.get(0).contains("HTTP_ALT_591 (591)") && registry.get(0).contains("HTTP_ALT (8080)")
        && registry.get(0).contains("name one by its constant"), registry::toString);
  }

  @Test
  void aRenameByConstantRenamesThatServiceAlone() {
    List<String> renamed = constants(CatalogRequest.builder("t", PortCatalog.WELL_KNOWN)
        .rename("MICROSOFT_DS", "DS").rename("QUIC_HTTP", "HTTP3").build());
    assertTrue(renamed.containsAll(List.of("DS 445", "SMB 445", "HTTP 80", "HTTP3 80")), renamed::toString);
    assertEquals(List.of("WEB_ALT 8080"), constants(CatalogRequest.builder("t", PortCatalog.IANA)
        .rename("HTTP_ALT", "WEB_ALT").include(List.of("WEB_ALT")).build()));
  }

  @Test
  void renamingOneServiceTwiceByTwoSpellingsIsRefused() {
    for (List<String> spellings : List.of(List.of("ssh", "SSH"), List.of("http", "www"))) {
      List<String> errors = errors(CatalogRequest.builder("t", "ports.csv").rename(spellings.get(0), "A")
          .rename(spellings.get(1), "B").build(),
          "port,transports,constant,service,aliases\n22,tcp,SSH,ssh,\n80,tcp,HTTP,http,www\n");
      assertTrue(errors.size() == 1 && errors.get(0).contains("renamed twice"), errors::toString);
    }
  }

  @Test
  void aRenameOntoATakenNameIsReportedAtTheRename() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", PortCatalog.IANA).rename("ssh", "DNS").build(),
        TableLoader.of(""));
    List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(Message.DUPLICATE_CONSTANT, errors.get(0).message());
    assertEquals("", errors.get(0).location(), "reported on the annotation, not in names.csv");
  }

  @Test
  void aTypeNamedJavaIsRefused() {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "ports.csv").typeName("java").build(),
        TableLoader.of(SMALL));
    assertEquals(List.of(Message.BAD_TYPE_NAME), result.problems().stream().map(Problem::message).toList());
  }

  @Test
  void aSourceOutsideThePlacesSearchedIsRefusedWhateverItsForm() {
    for (String source : List.of("/etc/services", "../../etc/services", "ports/../../x.csv", "..", "C:/ports.csv",
        "ports\\..\\..\\x.csv")) {
      Result result = CatalogCompiler.compile(CatalogRequest.builder("t", source).build(), (path, problems) -> {
        throw new AssertionError("a source outside is never loaded: " + path);
      });
      assertEquals(List.of(Message.SOURCE_OUTSIDE), result.problems().stream().map(Problem::message).toList(), source);
    }
    assertFalse(CatalogCompiler.isOutside("ports/internal..v2.csv"), "two dots inside a name are no segment");
    assertFalse(CatalogCompiler.isOutside("ports/./a.csv"));
  }

  @Test
  void theProvenanceColumnsReachTheJavadocAndCannotBreakIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tables) {
    String table = "port,transports,constant,description,product,source,version\n"
        + "9092,tcp,KAFKA,Kafka broker,Apache Kafka,https://kafka.apache.org/documentation/#brokerconfigs,3.9\n"
        + "6379,tcp,REDIS,Redis,Redis,debian:redis-server 5:7.0.15-1 /etc/redis/redis.conf,7.0.15\n"
        + "1,tcp,EVIL,Evil,\"*/ <b>x</b> {@code y}\",\"https://x.example/\"\"onmouseover=alert(1)\",\"*/\"\n"
        + "2,tcp,PLAIN,Plain,,a book on page 12,\n";
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", "ports.csv").build(), TableLoader.of(table));
    assertFalse(result.hasErrors(), result.problems()::toString);
    String constants = result.files().get(1).content().replaceAll("\\s*\\n\\s*\\* ?", " ");
    assertTrue(constants.contains("Apache Kafka's default (version 3.9), per <a"
        + " href=\"https://kafka.apache.org/documentation/#brokerconfigs\">the product's own documentation</a>."),
        constants);
    assertTrue(constants.contains("Redis's default (version 7.0.15), per the default configuration of Debian's"
        + " package <code>redis-server 5:7.0.15-1</code>, <code>/etc/redis/redis.conf</code>."), constants);
    assertTrue(constants.contains("The default, per <code>a book on page 12</code>."), constants);
    assertFalse(constants.contains("onmouseover=alert(1)\">"), "a source that would end the attribute is no link");
    TestTables.write(tables, "ports.csv", table);
    Compilations.assertClean(Compilations.javac(tables, "-Xlint:all", "-Xdoclint:all", "-Werror")
        .compile(Compilations.packageInfo("t", "@PortCatalog(source = \"ports.csv\")")));
  }
}
