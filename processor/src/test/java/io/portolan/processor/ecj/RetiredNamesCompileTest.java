package io.portolan.processor.ecj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.ServicePort;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retired names of the bundled registry (iana-retired.csv) as deprecated constants, in both
 * shapes: generated warning-free under javac's {@code -Xlint:all -Werror} and under ECJ, looked up
 * as documented, and a warning for the user's code that uses them.
 */
class RetiredNamesCompileTest {
  private static final String PACKAGE_INFO = """
      /** Catalogs with the retired names. */
      @PortCatalog(source = PortCatalog.IANA, ports = {"0-3", "831-833", "1980", "3283", "4413", "44322"},
          shape = PortCatalog.Shape.ENUM, typeName = "RetiredPort")
      @PortCatalog(source = PortCatalog.IANA, ports = {"0-3", "831-833", "1980", "3283", "4413", "44322"},
          shape = PortCatalog.Shape.TABLE, typeName = "RetiredTable")
      package test.retired;

      import io.portolan.*;
      """;

  /** Code that still uses retired names. */
  private static final String USER = """
      package test.retired;

      final class User {
        static int ports() {
          return RetiredPorts.PMCDPROXY + RetiredTables.COMPRESSNET_3 + RetiredPort.NETCONF_BEEP.number();
        }
      }
      """;

  @TempDir Path work;

  private DiskCompiler.Result compile(javax.tools.JavaCompiler compiler, List<String> options, String... sources) {
    return new DiskCompiler(compiler, work.resolve(compiler.getClass().getSimpleName()), work).compile(options,
        sources);
  }

  @Test
  void deprecatedConstantsCompileWarningFreeUnderJavacAndEcj() {
    DiskCompiler.Result javac = compile(ToolProvider.getSystemJavaCompiler(),
        List.of("--release", "17", "-Xlint:all", "-Xdoclint:all", "-Werror"), "test.retired.package-info",
        PACKAGE_INFO);
    assertTrue(javac.success() && javac.problems().isEmpty(), () -> "javac: " + javac.problems());
    DiskCompiler.Result ecj = compile(new EclipseCompiler(), List.of("--release", "17"), "test.retired.package-info",
        PACKAGE_INFO);
    assertTrue(ecj.success() && ecj.problems().isEmpty(), () -> "ECJ: " + ecj.problems());

    String enumSource = javac.source("test.retired.RetiredPort");
    assertTrue(enumSource.contains("""
             * <p>Port 44322 over TCP and UDP. Unofficial: the registry no longer assigns this name (see
             * below). Service name <code>pmcdproxy</code>.
             *
             * @deprecated Renamed pmproxy by IANA on 2025-09-26; use {@link #PMPROXY}.
             */
            @Deprecated
            PMCDPROXY(44322""".indent(2).stripTrailing()), enumSource);
    String constants = javac.source("test.retired.RetiredTables");
    assertTrue(constants.contains("""
             * @deprecated De-assigned by IANA on 2025-02-13; no service of this catalog uses port 2 now.
             */
            @Deprecated
            public static final int COMPRESSNET = 2;""".indent(2).stripTrailing()), constants);
    assertTrue(constants.contains("""
           * @see <a href="https://www.rfc-editor.org/rfc/rfc9900">RFC 9900</a>
           * @deprecated Port withdrawn by RFC 9900 on 2025-09-29; no service of this catalog uses port
           * 831 now.
           */
          @Deprecated
          public static final int NETCONF_BEEP = 831;""".indent(2).stripTrailing()), constants);
    assertTrue(constants.contains("@deprecated Renamed net-assistant by IANA on 2025-01-23; use {@link"
        + " #NET_ASSISTANT}."), constants);
    assertFalse(javac.source("test.retired.RetiredTable").contains("@Deprecated"),
        "the table class has no constant fields to deprecate");
  }

  @Test
  void usersOfARetiredNameAreWarned() {
    DiskCompiler.Result javac = compile(ToolProvider.getSystemJavaCompiler(),
        List.of("--release", "17", "-Xlint:deprecation"), "test.retired.package-info", PACKAGE_INFO,
        "test.retired.User", USER);
    assertTrue(javac.success(), () -> "javac: " + javac.problems());
    List<String> warnings = javac.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING
            || diagnostic.getKind() == Diagnostic.Kind.WARNING)
        .map(diagnostic -> diagnostic.getMessage(java.util.Locale.ROOT)).toList();
    assertTrue(warnings.stream().anyMatch(warning -> warning.contains("PMCDPROXY") && warning.contains("deprecated")),
        warnings::toString);
    assertTrue(warnings.stream().anyMatch(warning -> warning.contains("NETCONF_BEEP")), warnings::toString);
  }

  @Test
  void lookupsFindRetiredNamesOnlyByName() throws Exception {
    DiskCompiler.Result result = compile(ToolProvider.getSystemJavaCompiler(), List.of("--release", "17"),
        "test.retired.package-info", PACKAGE_INFO);
    assertTrue(result.success(), () -> "javac: " + result.problems());
    for (String typeName : List.of("test.retired.RetiredPort", "test.retired.RetiredTable")) {
      Class<?> type = result.classLoader().loadClass(typeName);
      List<ServicePort> all = services(type.getMethod("all").invoke(null));
      List<String> deprecated = all.stream().filter(ServicePort::isDeprecated).map(ServicePort::constantName).toList();
      assertEquals(List.of("COMPRESSNET", "COMPRESSNET_3", "NETCONF_BEEP", "NETCONFSOAPHTTP", "NETCONFSOAPBEEP",
          "PEARLDOC_XACT", "APPLE_REMOTE_DESKTOP_NET_ASSISTANT", "AVI_NMS", "AVI_NMS_DISC", "PMCDPROXY"), deprecated,
          typeName);
      assertEquals(deprecated, all.subList(all.size() - deprecated.size(), all.size()).stream()
          .map(ServicePort::constantName).toList(), "deprecated services come last in all()");

      Method byNumber = type.getMethod("byNumber", int.class);
      Method byServiceName = type.getMethod("byServiceName", String.class);
      assertEquals(List.of(), byNumber.invoke(null, 2), typeName);
      assertEquals(List.of("PMPROXY"), names(byNumber.invoke(null, 44322)));
      assertEquals(List.of("VISION_MON", "VISION_MON_DISC"), names(byNumber.invoke(null, 4413)));
      ServicePort compressnet = ((Optional<?>) byServiceName.invoke(null, "compressnet")).map(ServicePort.class::cast)
          .orElseThrow();
      assertEquals("COMPRESSNET", compressnet.constantName());
      assertTrue(compressnet.isDeprecated());
      assertEquals(2, compressnet.number());
      assertEquals("De-assigned by IANA on 2025-02-13.", compressnet.description());
      assertEquals("PMCDPROXY", ((Optional<?>) byServiceName.invoke(null, "PMCDPROXY")).map(ServicePort.class::cast)
          .orElseThrow().constantName());
      ServicePort pmproxy = ((Optional<?>) byServiceName.invoke(null, "pmproxy")).map(ServicePort.class::cast)
          .orElseThrow();
      assertFalse(pmproxy.isDeprecated());
      assertEquals(44322, pmproxy.number());
    }
  }

  private static List<ServicePort> services(Object list) {
    return ((List<?>) list).stream().map(ServicePort.class::cast).toList();
  }

  private static List<String> names(Object list) {
    return services(list).stream().map(ServicePort::constantName).toList();
  }
}
