package io.portolan.processor.ecj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.ServicePort;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the processor under the Eclipse compiler (ECJ), which Eclipse and its users build with, as
 * MapStruct's processor tests do: ECJ's Filer, Messager and element model differ from javac's, so
 * representative compilations run under ECJ, and ECJ's generated sources must be javac's, byte for
 * byte.
 */
class EcjCompatibilityTest {
  private static final List<String> RELEASE_17 = List.of("--release", "17");

  private static final String TABLE = """
      # A small table for ECJ.
      port,transports,constant,service,aliases,status,description,references
      22,tcp udp sctp,SSH,ssh,,official,Secure Shell (SSH),RFC4251
      53,tcp udp,DNS,domain,nameserver,official,Domain Name System,RFC1034
      80,tcp,HTTP,http,www,official,Hypertext Transfer Protocol (HTTP),RFC9110
      80,udp,QUIC_HTTP,quic,,unofficial,QUIC for HTTP,
      6000-6063,tcp,X11,x11,,official,X Window System,
      """;

  /** Uses the generated code as users do: switch labels from constants, and the enum. */
  private static final String USER = """
      package test.ecj;

      final class User {
        static String protocol(int port) {
          switch (port) {
            case WellKnownPorts.HTTPS:
              return "https";
            case SmallPorts.X11:
              return "x11";
            default:
              return WellKnownPort.SSH.serviceName() + SmallPort.DNS.number();
          }
        }
      }
      """;

  @TempDir static Path tables;
  @TempDir Path work;

  @BeforeAll
  static void writeTables() throws IOException {
    Files.writeString(tables.resolve("small.csv"), TABLE, StandardCharsets.UTF_8);
    Files.writeString(tables.resolve("bad.csv"), "port,transports,constant\n70000,tcp,BAD\n", StandardCharsets.UTF_8);
  }

  private DiskCompiler ecj() {
    return new DiskCompiler(new EclipseCompiler(), work.resolve("ecj"), tables);
  }

  private DiskCompiler javac() {
    return new DiskCompiler(ToolProvider.getSystemJavaCompiler(), work.resolve("javac"), tables);
  }

  private static String packageInfo(String... annotations) {
    return String.join("\n", annotations) + "\npackage test.ecj;\n\nimport io.portolan.*;\n";
  }

  private static void assertClean(DiskCompiler.Result result) {
    assertTrue(result.success() && result.problems().isEmpty(),
        () -> "expected a clean compilation, got " + result.problems());
  }

  @Test
  void catalogsCompileWithTheCodeThatUsesThem() {
    DiskCompiler.Result result = ecj().compile(RELEASE_17,
        "test.ecj.package-info", packageInfo("@PortCatalog", "@PortCatalog(source = \"small.csv\")"),
        "test.ecj.User", USER);
    assertClean(result);
    assertTrue(result.source("test.ecj.WellKnownPort").contains("SSH(22, \"ssh\""));
    assertTrue(result.source("test.ecj.WellKnownPorts").contains("public static final int HTTPS = 443;"));
    assertTrue(Files.isRegularFile(result.classes().resolve("test/ecj/User.class")));
  }

  @Test
  void ecjGeneratesJavacsBytes() {
    String[] sources = {
      "test.ecj.package-info", packageInfo("@PortCatalog", "@PortCatalog(source = \"small.csv\")",
          "@PortCatalog(source = \"small.csv\", shape = PortCatalog.Shape.TABLE, typeName = \"SmallService\")"),
      "test.ecj.User", USER
    };
    DiskCompiler.Result byEcj = ecj().compile(RELEASE_17, sources);
    DiskCompiler.Result byJavac = javac().compile(RELEASE_17, sources);
    assertClean(byEcj);
    assertClean(byJavac);
    assertEquals(6, byJavac.sources().size(), () -> "generated: " + byJavac.sources());
    assertEquals(byJavac.sources(), byEcj.sources());
    for (Path source : byJavac.sources()) {
      String type = source.toString().replace('/', '.').replace(".java", "");
      assertEquals(byJavac.source(type), byEcj.source(type), type);
    }
  }

  @Test
  void generatedEnumWorks() throws Exception {
    DiskCompiler.Result result = ecj().compile(RELEASE_17,
        "test.ecj.package-info", packageInfo("@PortCatalog(source = \"small.csv\")"));
    assertClean(result);
    Class<?> type = result.classLoader().loadClass("test.ecj.SmallPort");
    assertEquals(22, type.getMethod("number").invoke(type.getField("SSH").get(null)));
    assertEquals(6063, type.getMethod("lastNumber").invoke(type.getField("X11").get(null)));
    assertEquals(List.of(type.getField("HTTP").get(null), type.getField("QUIC_HTTP").get(null)),
        type.getMethod("byNumber", int.class).invoke(null, 80));
    assertEquals(java.util.Optional.of(type.getField("DNS").get(null)),
        type.getMethod("byServiceName", String.class).invoke(null, "nameserver"));
  }

  @Test
  void generatedAnnotationOnlyFromJava9() {
    String[] sources = {"test.ecj.package-info", packageInfo("@PortCatalog(source = \"small.csv\")")};
    DiskCompiler.Result java8 = ecj().compile(List.of("--release", "8"), sources);
    DiskCompiler.Result java17 = ecj().compile(RELEASE_17, sources);
    assertClean(java8);
    assertClean(java17);
    assertFalse(java8.source("test.ecj.SmallPort").contains("@Generated"));
    assertTrue(java17.source("test.ecj.SmallPort").contains("@Generated(\"io.portolan.processor.PortCatalogProcessor\")"));
  }

  /** A table class's rows are a text block from Java 15 on, and literals joined by {@code +} for Java 8. */
  @Test
  void rowsAreTextBlocksOnlyFromJava15() {
    String[] sources = {"test.ecj.package-info",
        packageInfo("@PortCatalog(source = \"small.csv\", shape = PortCatalog.Shape.TABLE)")};
    for (DiskCompiler compiler : List.of(ecj(), javac())) {
      DiskCompiler.Result java8 = compiler.compile(List.of("--release", "8"), sources);
      DiskCompiler.Result java17 = compiler.compile(RELEASE_17, sources);
      assertClean(java8);
      assertClean(java17);
      assertFalse(java8.source("test.ecj.SmallPort").contains("\"\"\""));
      assertTrue(java8.source("test.ecj.SmallPort").contains("\\n\"\n                + \"DNS\\t53\\t"));
      assertTrue(java17.source("test.ecj.SmallPort").contains("return \"\"\"\n            SSH\\t22\\t"));
      assertTrue(java17.source("test.ecj.SmallPort").contains("return switch (chunk) {"));
    }
  }

  /**
   * {@code @Generated} is in module {@code java.compiler}: a named module that does not read it
   * cannot use it, though ECJ's {@code getTypeElement} still finds it. (Processing only: ECJ does
   * not compile sources generated into a named module in the same run, a limitation of ECJ's.)
   */
  @Test
  void generatedAnnotationOnlyWhereTheModuleReadsJavaCompiler() throws IOException {
    List<String> options = List.of("--release", "17", "-proc:only", "--module-path", runtimeModule().toString());
    String packageInfo = "@PortCatalog(source = \"small.csv\")\npackage test.mod;\n\nimport io.portolan.*;\n";
    for (DiskCompiler compiler : List.of(ecj(), javac())) {
      DiskCompiler.Result without = compiler.compile(options,
          "module-info", "module test.mod {\n  requires io.portolan;\n}\n", "test.mod.package-info", packageInfo);
      DiskCompiler.Result with = compiler.compile(options,
          "module-info", "module test.mod {\n  requires io.portolan;\n  requires java.compiler;\n}\n",
          "test.mod.package-info", packageInfo);
      assertClean(without);
      assertClean(with);
      assertFalse(without.source("test.mod.SmallPort").contains("@Generated"));
      assertTrue(with.source("test.mod.SmallPort").contains("@Generated(\"io.portolan.processor.PortCatalogProcessor\")"));
    }
  }

  /**
   * Returns the runtime as a module: its jar, or, when the build gives the tests its classes
   * directory, a copy with the module descriptor of the jar's {@code META-INF/versions/9} at the top.
   */
  private Path runtimeModule() throws IOException {
    Path location;
    try {
      location = Path.of(ServicePort.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (Files.isRegularFile(location)) {
      return location;
    }
    Path module = work.resolve("io.portolan");
    try (Stream<Path> files = Files.walk(location)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path copy = module.resolve(location.relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    Files.copy(location.resolve("META-INF/versions/9/module-info.class"), module.resolve("module-info.class"));
    return module;
  }

  /** Classes of the user's package named like java.lang types do not break the generated code under ECJ either. */
  @Test
  void userClassesNamedLikeJavaLangTypes() {
    DiskCompiler.Result result = ecj().compile(RELEASE_17,
        "test.ecj.package-info", packageInfo("@PortCatalog(source = \"small.csv\")",
            "@PortCatalog(source = \"small.csv\", shape = PortCatalog.Shape.TABLE, typeName = \"SmallService\")"),
        "test.ecj.String", "package test.ecj;\n\nclass String {}\n",
        "test.ecj.Integer", "package test.ecj;\n\nclass Integer {}\n",
        "test.ecj.Override", "package test.ecj;\n\n@interface Override {}\n");
    assertClean(result);
  }

  @Test
  void errorsAreReportedOnTheAnnotation() {
    DiskCompiler.Result result = ecj().compile(RELEASE_17,
        "test.ecj.package-info", packageInfo("@PortCatalog(source = \"bad.csv\")"));
    assertFalse(result.success());
    List<String> errors = result.messages(Diagnostic.Kind.ERROR);
    assertTrue(errors.stream().anyMatch(error -> error.contains("[Portolan/BadPort]") && error.contains("bad.csv:2")),
        () -> "errors: " + errors);
    assertTrue(result.sources().isEmpty(), "nothing is generated for a catalog with errors");
  }
}
