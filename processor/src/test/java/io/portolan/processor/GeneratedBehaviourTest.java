package io.portolan.processor;

import static io.portolan.processor.Compilations.assertSucceeded;
import static io.portolan.processor.Compilations.packageInfo;
import static io.portolan.processor.Compilations.source;
import static io.portolan.processor.LoadedCatalog.name;
import static io.portolan.processor.LoadedCatalog.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.portolan.Assignment;
import io.portolan.PortCatalog;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles, in one compilation, the bundled well-known catalog, a small user table with several
 * catalogs and filters over it, a catalog on a class, and tables in the IANA and services formats;
 * then loads the generated classes and checks how they behave.
 */
class GeneratedBehaviourTest {
  private static final String USER_TABLE = """
      # A small table with a range, a use inside it, and a derived name on two ports.
      port,transports,constant,service,aliases,status,description,references
      7,tcp udp,,echo,,official,Echo,RFC862
      4,udp,,echo,,unofficial,Echo on another port,
      22,tcp,SSH,ssh,secure-shell,official,Secure Shell,RFC4251
      53,tcp udp,DNS,domain,,official,Domain Name System,
      80,tcp,HTTP,http,www,official,HTTP,
      80,udp,QUIC_HTTP,http,,unofficial,QUIC,
      80,tcp sctp,,,,reserved,Reserved,
      443,tcp udp,HTTPS,https,,official,HTTPS,
      6000-6063,tcp,X11,x11,,official,X Window System,
      6001,udp,,x11-extra,,unofficial,A use inside the range of X11,
      8080,tcp,,http-alt,,unofficial,Alternative HTTP,
      9000,tcp,MY_APP,,,unofficial,,
      9001,tcp,__,,,unofficial,A constant of underscores and no service name,
      """;

  private static final String IANA_TABLE = """
      Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes
      ,0,tcp,Reserved,,,,2024-12-20,[RFC6335],,,
      ssh,22,tcp,The Secure Shell (SSH) Protocol,,,,,[RFC4251],,,
      ssh,22,udp,The Secure Shell (SSH) Protocol,,,,,[RFC4251],,,
      domain,53,tcp,Domain Name Server,,,2023-01-05,,[RFC1035],,,
      http,80,tcp,World Wide Web HTTP,,,,,[RFC9110],,,
      www,80,tcp,World Wide Web HTTP,,,,,[RFC9110],,,"This entry is an alias to ""http""."
      x11,6000-6063,tcp,X Window System,,,,,,,,
      ,6064,tcp,Unassigned,,,,,,,,
      dnssd-only,,tcp,Registered for DNS-SD only,,,,,,,,
      """;

  private static final String SERVICES_TABLE = """
      # /etc/services, abridged
      tcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer
      ssh\t\t22/tcp\t\t\t\t# SSH Remote Login Protocol
      ssh\t\t22/udp
      domain\t\t53/tcp\t\tnameserver\t# Domain Name Server
      domain\t\t53/udp\t\tnameserver
      rtmp\t\t1/ddp\t\t\t# Routing Table Maintenance Protocol
      http\t\t80/tcp\t\twww\t\t# WorldWideWeb HTTP
      """;

  /** Rows that merge into one service under several names, one of them with a space. */
  private static final String MERGED_TABLE = """
      port,transports,constant,service,aliases,status,description,references
      22,tcp,SSH,ssh,,official,Secure Shell,RFC4251 RFC4253
      22,udp,SSH,secure shell,sshd back\\slash,official,,RFC4251
      23,tcp,,a b,,official,A name with a space,
      80,tcp,HTTP,http,www www-http,official,HTTP,RFC9110
      80,udp,QUIC_HTTP,quic,,unofficial,QUIC,
      6000-6063,tcp,X11,x11,,official,X Window System,
      """;

  /**
   * Names whose lower-case forms have the same {@code String.hashCode()} ("b_", "a~" and "x-b_",
   * "x-a~"), and names beyond ASCII, one of them a key that U+212A KELVIN SIGN lower-cases to.
   */
  private static final String NAMES_TABLE = """
      port,transports,constant,service,aliases,status,description,references
      1,tcp,B_LOW,b_,x-b_,official,,
      2,tcp,A_TILDE,a~,,official,,
      3,tcp,X_A_TILDE,x-a~,,official,,
      88,tcp,KERBEROS,kerberos,,official,,
      100,tcp,SCHOOL,\u00e9cole,,official,,
      101,tcp,STREET,stra\u00dfe,,official,,
      """;

  private static final String USES_CONSTANTS = """
      package test.wk;

      import java.lang.annotation.Retention;
      import java.lang.annotation.RetentionPolicy;

      public class UsesConstants {
        @Retention(RetentionPolicy.RUNTIME)
        public @interface Listens {
          int value();
        }

        @Listens(WellKnownPorts.HTTPS)
        public static String describe(int port) {
          switch (port) {
            case WellKnownPorts.SSH:
              return "ssh";
            case WellKnownPorts.DNS:
              return "dns";
            default:
              return "other";
          }
        }
      }
      """;

  private static final String USER = "@PortCatalog(source = \"ports/user.csv\", typeName = \"%s\"%s)";

  @TempDir static Path tables;
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileEverything() {
    TestTables.write(tables, "ports/user.csv", USER_TABLE);
    TestTables.write(tables, "iana.csv", IANA_TABLE);
    TestTables.write(tables, "etc/services", SERVICES_TABLE);
    TestTables.write(tables, "merged.csv", MERGED_TABLE);
    TestTables.write(tables, "names.csv", NAMES_TABLE);
    compilation = compileAll();
    // The user table gives "echo" and "http" to two services each, on purpose.
    assertSucceeded(compilation, Message.SHADOWED_NAME);
    loader = Compilations.classLoader(compilation);
  }

  private static Compilation compileAll() {
    return Compilations.compile(tables,
        packageInfo("test.wk", "@PortCatalog"),
        source("test.wk.UsesConstants", USES_CONSTANTS),
        packageInfo("test.user",
            user("UserPort", ""),
            user("PortFiltered", ", ports = {\"20-25\", \"80\", \"6010\"}"),
            user("UdpOnly", ", transports = Transport.UDP"),
            user("UnofficialOnly", ", assignments = Assignment.UNOFFICIAL"),
            user("Included", ", include = {\"ssh\", \"www\"}"),
            user("Excluded", ", exclude = {\"QUIC_HTTP\", \"x11\"}"),
            user("Renamed", ", rename = @PortCatalog.Rename(service = \"domain\", constant = \"NAME_SERVER\")")),
        source("test.cls.Holder", "package test.cls;\n\n@io.portolan.PortCatalog(source = \"ports/user.csv\")\n"
            + "public class Holder {}\n"),
        packageInfo("test.formats", "@PortCatalog(source = \"iana.csv\")",
            "@PortCatalog(source = \"etc/services\", typeName = \"EtcPort\")"),
        packageInfo("test.shapes",
            "@PortCatalog(source = \"merged.csv\", typeName = \"AsEnum\", shape = PortCatalog.Shape.ENUM)",
            "@PortCatalog(source = \"merged.csv\", typeName = \"AsTable\", shape = PortCatalog.Shape.TABLE)"),
        packageInfo("test.names",
            "@PortCatalog(source = \"names.csv\", typeName = \"NamesEnum\", shape = PortCatalog.Shape.ENUM)",
            "@PortCatalog(source = \"names.csv\", typeName = \"NamesTable\", shape = PortCatalog.Shape.TABLE)",
            "@PortCatalog(source = \"names.csv\", typeName = \"AsciiNamesTable\", shape = PortCatalog.Shape.TABLE,"
                + " exclude = {\"SCHOOL\", \"STREET\"})"));
  }

  private static String user(String typeName, String attributes) {
    return String.format(USER, typeName, attributes);
  }

  private static LoadedCatalog catalog(String qualifiedName) {
    return new LoadedCatalog(loader, qualifiedName);
  }

  @Nested
  class WellKnown {
    private final LoadedCatalog wellKnown = catalog("test.wk.WellKnownPort");

    @Test
    void constantsHaveTheirNumbers() throws ReflectiveOperationException {
      assertEquals(22, wellKnown.constant("SSH").number());
      assertEquals(22, intConstant("test.wk.WellKnownPorts", "SSH"));
    }

    @Test
    void everyIntConstantIsItsServicesNumber() throws ReflectiveOperationException {
      for (ServicePort service : wellKnown.values()) {
        assertEquals(service.number(), intConstant("test.wk.WellKnownPorts", name(service)), name(service));
      }
    }

    @Test
    void byNumberFindsTheServicesOfAPort() {
      assertEquals(List.of("DNS"), names(wellKnown.byNumber(53)));
      assertEquals(List.of(), wellKnown.byNumber(4), "port 4 is unassigned");
    }

    @Test
    void byNumberListsOfficialBeforeUnofficial() {
      // 9: DISCARD is official on tcp and udp; Wake-on-LAN's use of 9/udp is not assigned.
      List<ServicePort> discard = wellKnown.byNumber(9);
      assertEquals(List.of("DISCARD", "WAKE_ON_LAN"), names(discard));
      List<Assignment> assignments = discard.stream().map(ServicePort::assignment).toList();
      assertEquals(assignments.stream().sorted().toList(), assignments);
      assertEquals(Set.of(Assignment.OFFICIAL, Assignment.UNOFFICIAL), Set.copyOf(assignments));
    }

    @Test
    void byServiceNameFindsServiceNamesAndConstantNamesInAnyCase() {
      ServicePort dns = wellKnown.constant("DNS");
      for (String name : List.of("domain", "DOMAIN", "dns", "DNS", "Dns")) {
        assertEquals(Optional.of(dns), wellKnown.byServiceName(name), name);
      }
      assertEquals(Optional.empty(), wellKnown.byServiceName("nope"));
      assertEquals(Optional.empty(), wellKnown.byServiceName(""));
      assertThrows(NullPointerException.class, () -> invokeByServiceName(wellKnown, null));
    }

    @Test
    void everyServiceIsFoundByItsNumberAndItsConstantName() {
      for (ServicePort service : wellKnown.values()) {
        assertTrue(wellKnown.byNumber(service.number()).contains(service), name(service));
        assertEquals(Optional.of(service), wellKnown.byServiceName(name(service)));
        assertTrue(wellKnown.byServiceName(service.serviceName()).isPresent(), service.serviceName());
      }
    }

    @Test
    void provenance() {
      assertEquals(PortCatalog.WELL_KNOWN, wellKnown.catalogSource());
      assertEquals("", wellKnown.catalogDate());
    }

    @Test
    void constantsServeInSwitchLabelsAndAnnotationValues() throws ReflectiveOperationException {
      Class<?> uses = Class.forName("test.wk.UsesConstants", true, loader);
      Method describe = uses.getMethod("describe", int.class);
      assertEquals("ssh", describe.invoke(null, 22));
      assertEquals("dns", describe.invoke(null, 53));
      assertEquals("other", describe.invoke(null, 80));
      @SuppressWarnings("unchecked") // the test source declares Listens as an annotation
      Class<? extends Annotation> listens =
          (Class<? extends Annotation>) Class.forName("test.wk.UsesConstants$Listens", true, loader);
      Annotation annotation = describe.getAnnotation(listens);
      assertEquals(443, listens.getMethod("value").invoke(annotation));
    }
  }

  @Nested
  class UserTable {
    private final LoadedCatalog user = catalog("test.user.UserPort");

    @Test
    void servicesAreInTableOrder() {
      assertEquals(List.of("ECHO", "ECHO_4", "SSH", "DNS", "HTTP", "QUIC_HTTP", "HTTPS", "X11", "X11_EXTRA", "HTTP_ALT",
          "MY_APP", "__"), names(user.values()));
    }

    @Test
    void aDerivedNameOnTwoPortsIsToldApartByThePort() {
      assertEquals(7, user.constant("ECHO").number());
      assertEquals(4, user.constant("ECHO_4").number());
      assertEquals("echo", user.constant("ECHO_4").serviceName());
      assertEquals(Optional.of(user.constant("ECHO")), user.byServiceName("echo"));
    }

    @Test
    void aRangeIsFoundByEveryNumberInIt() {
      ServicePort x11 = user.constant("X11");
      assertEquals(6000, x11.number());
      assertEquals(6063, x11.lastNumber());
      assertEquals(List.of(x11), user.byNumber(6000));
      assertEquals(List.of(x11, user.constant("X11_EXTRA")), user.byNumber(6001));
      assertEquals(List.of(x11), user.byNumber(6063));
      assertEquals(List.of(), user.byNumber(5999));
      assertEquals(List.of(), user.byNumber(6064));
    }

    @Test
    void numbersOutsideThePortsFindNothing() {
      for (int number : new int[] {-1, 65535, 65536, 70000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
        assertEquals(List.of(), user.byNumber(number), Integer.toString(number));
      }
    }

    @Test
    void serviceNamesAliasesAndDefaults() {
      assertEquals(Optional.of(user.constant("SSH")), user.byServiceName("secure-shell"));
      assertEquals(Optional.of(user.constant("HTTP")), user.byServiceName("www"));
      assertEquals(Optional.of(user.constant("HTTP")), user.byServiceName("http"), "the first service named http");
      assertEquals("http-alt", user.constant("HTTP_ALT").serviceName());
      assertEquals("my-app", user.constant("MY_APP").serviceName(), "derived from the constant");
      assertEquals("", user.constant("MY_APP").description());
    }

    /** ServicePort promises a service name that is never empty, even when the table gives none. */
    @Test
    void everyServiceHasAServiceName() {
      for (ServicePort service : user.values()) {
        assertFalse(service.serviceName().isEmpty(), () -> name(service) + " has an empty service name");
      }
    }

    @Test
    void dataAndUnmodifiableViews() {
      ServicePort echo = user.constant("ECHO");
      assertEquals(EnumSet.of(Transport.TCP, Transport.UDP), echo.transports());
      assertEquals(Assignment.OFFICIAL, echo.assignment());
      assertEquals("Echo", echo.description());
      assertTrue(echo.supports(Transport.UDP));
      assertThrows(UnsupportedOperationException.class, () -> echo.transports().add(Transport.SCTP));
      assertThrows(UnsupportedOperationException.class, () -> user.byNumber(80).clear());
      assertThrows(UnsupportedOperationException.class, () -> user.byNumber(7).clear());
      assertEquals("ports/user.csv", user.catalogSource());
    }

    @Test
    void catalogOnAClassGoesToTheClassesPackage() {
      LoadedCatalog holder = catalog("test.cls.UserPort");
      assertEquals(names(user.values()), names(holder.values()));
    }
  }

  @Nested
  class Filters {
    @Test
    void ports() {
      assertEquals(List.of("SSH", "HTTP", "QUIC_HTTP", "X11"), names(catalog("test.user.PortFiltered").values()));
    }

    @Test
    void transportsKeepServicesOnThemAndDropTheOthers() {
      LoadedCatalog udp = catalog("test.user.UdpOnly");
      assertEquals(List.of("ECHO", "ECHO_4", "DNS", "QUIC_HTTP", "HTTPS", "X11_EXTRA"), names(udp.values()));
      assertEquals(EnumSet.of(Transport.UDP), udp.constant("ECHO").transports());
    }

    @Test
    void assignments() {
      assertEquals(List.of("ECHO_4", "QUIC_HTTP", "X11_EXTRA", "HTTP_ALT", "MY_APP", "__"),
          names(catalog("test.user.UnofficialOnly").values()));
    }

    @Test
    void includeByServiceNameOrAlias() {
      assertEquals(List.of("SSH", "HTTP"), names(catalog("test.user.Included").values()));
    }

    @Test
    void excludeByConstantOrServiceName() {
      List<String> names = names(catalog("test.user.Excluded").values());
      assertEquals(List.of("ECHO", "ECHO_4", "SSH", "DNS", "HTTP", "HTTPS", "X11_EXTRA", "HTTP_ALT", "MY_APP", "__"), names);
    }

    @Test
    void rename() throws ReflectiveOperationException {
      LoadedCatalog renamed = catalog("test.user.Renamed");
      ServicePort nameServer = renamed.constant("NAME_SERVER");
      assertEquals(53, nameServer.number());
      assertEquals("domain", nameServer.serviceName());
      assertEquals(Optional.of(nameServer), renamed.byServiceName("domain"));
      assertEquals(Optional.empty(), renamed.byServiceName("dns"));
      assertEquals(53, intConstant("test.user.Renameds", "NAME_SERVER"));
    }
  }

  @Nested
  class OtherFormats {
    @Test
    void iana() {
      LoadedCatalog iana = catalog("test.formats.IanaPort");
      assertEquals(List.of("SSH", "DOMAIN", "HTTP", "X11"), names(iana.values()));
      ServicePort ssh = iana.constant("SSH");
      assertEquals(EnumSet.of(Transport.TCP, Transport.UDP), ssh.transports());
      assertEquals("The Secure Shell (SSH) Protocol", ssh.description());
      assertEquals(Assignment.OFFICIAL, ssh.assignment());
      assertEquals(Optional.of(iana.constant("HTTP")), iana.byServiceName("www"), "an alias row");
      assertEquals(List.of(iana.constant("X11")), iana.byNumber(6030));
      assertEquals("2024-12-20", iana.catalogDate(), "the newest registration or modification date");
    }

    @Test
    void services() {
      LoadedCatalog services = catalog("test.formats.EtcPort");
      assertEquals(List.of("TCPMUX", "SSH", "DOMAIN", "HTTP"), names(services.values()));
      ServicePort ssh = services.constant("SSH");
      assertEquals(EnumSet.of(Transport.TCP, Transport.UDP), ssh.transports());
      assertEquals("SSH Remote Login Protocol", ssh.description());
      assertEquals(Optional.of(services.constant("DOMAIN")), services.byServiceName("nameserver"));
      assertEquals(Optional.of(services.constant("HTTP")), services.byServiceName("www"));
      assertEquals(List.of(services.constant("TCPMUX")), services.byNumber(1), "the AppleTalk entry is left out");
    }
  }

  /** The enum and the table class of one table hold the same services and look them up alike. */
  @Nested
  class BothShapes {
    private final LoadedCatalog asEnum = catalog("test.shapes.AsEnum");
    private final LoadedCatalog asTable = catalog("test.shapes.AsTable");

    @Test
    void holdTheSameServices() {
      assertTrue(asEnum.type().isEnum());
      assertFalse(asTable.type().isEnum());
      assertEquals(describe(asEnum.values()), describe(asTable.values()));
    }

    @Test
    void findTheSameServicesByNumber() {
      for (int number : new int[] {22, 23, 80, 6000, 6031, 6063, 6064, 0, -1}) {
        assertEquals(names(asEnum.byNumber(number)), names(asTable.byNumber(number)), Integer.toString(number));
      }
    }

    @Test
    void findTheSameServicesByName() {
      for (String name : List.of("ssh", "SSH", "secure shell", "sshd", "secure", "a b", "A_B", "http", "www", "www-http",
          "quic", "QUIC_HTTP", "x11", "nope")) {
        assertEquals(asEnum.byServiceName(name).map(LoadedCatalog::name), asTable.byServiceName(name).map(LoadedCatalog::name),
            name);
      }
      assertEquals(Optional.of("SSH"), asEnum.byServiceName("secure shell").map(LoadedCatalog::name),
          "a second service name of a merged service is another name of it");
    }

    /** ServicePort's constantName(), aliases() and references() give the same in both shapes. */
    @Test
    void giveEveryServicesNamesAndReferences() {
      for (LoadedCatalog catalog : List.of(asEnum, asTable)) {
        ServicePort ssh = catalog.constant("SSH");
        assertEquals("SSH", ssh.constantName());
        assertEquals(List.of("secure shell", "sshd", "back\\slash"), ssh.aliases());
        assertEquals(List.of(URI.create("https://www.rfc-editor.org/rfc/rfc4251"),
            URI.create("https://www.rfc-editor.org/rfc/rfc4253")), ssh.references());
        assertEquals(List.of("www", "www-http"), catalog.constant("HTTP").aliases());
        assertEquals(List.of(), catalog.constant("X11").aliases());
        assertEquals(List.of(), catalog.constant("X11").references());
        assertThrows(UnsupportedOperationException.class, () -> ssh.aliases().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> ssh.references().clear());
        assertThrows(UnsupportedOperationException.class, () -> ssh.transports().clear());
        assertThrows(UnsupportedOperationException.class, () -> catalog.values().clear());
        assertEquals(Optional.of(ssh), catalog.byServiceName("back\\slash"));
      }
    }

    /** An enum's all() is its values(), in order; two services of the same transports share one set. */
    @Test
    void enumAllIsItsValues() {
      assertEquals(asEnum.enumValues(), asEnum.values());
      assertSame(asEnum.constant("HTTP").transports(), asEnum.constant("X11").transports());
    }

    /**
     * A generated enum keeps no mutable state (Error Prone's ImmutableEnumChecker): its instance
     * fields are primitives, strings and enums, never sets, lists or arrays.
     */
    @Test
    void enumsHaveNoMutableFields() {
      for (LoadedCatalog catalog : List.of(asEnum, catalog("test.wk.WellKnownPort"), catalog("test.user.UserPort"))) {
        for (Field field : catalog.type().getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())) {
            Class<?> type = field.getType();
            assertTrue(Modifier.isFinal(field.getModifiers()) && (type.isPrimitive() || type == String.class || type.isEnum()),
                () -> catalog.type().getSimpleName() + "." + field.getName() + " is a " + type);
          }
        }
      }
    }

    private List<String> describe(List<ServicePort> services) {
      return services.stream().map(service -> String.join("|", name(service), service.serviceName(),
          service.aliases().toString(), service.references().toString(),
          service.number() + "-" + service.lastNumber(), service.transports().toString(), service.assignment().toString(),
          service.description())).toList();
    }
  }

  /**
   * The table class hashes and compares an ASCII name folded to lower case in place and takes
   * {@code toLowerCase(Locale.ROOT)} for any other; both must find what that lower-case name
   * finds, as the enum does. A table whose names are all ASCII first looks a name up as it is.
   */
  @Nested
  class NamesIgnoringCase {
    private final LoadedCatalog table = catalog("test.names.NamesTable");
    private final LoadedCatalog asciiTable = catalog("test.names.AsciiNamesTable");
    private final LoadedCatalog asEnum = catalog("test.names.NamesEnum");

    @Test
    void collidingNamesAreToldApart() {
      assertEquals("b_".hashCode(), "a~".hashCode(), "the names collide");
      assertEquals("b_".hashCode(), "c@".hashCode(), "the miss collides with them");
      assertEquals("x-b_".hashCode(), "x-a~".hashCode(), "the alias collides with the service name");
      assertFinds("B_LOW", "b_", "B_", "x-b_", "X-B_", "b_low", "B_low");
      assertFinds("A_TILDE", "a~", "A~", "a_tilde");
      assertFinds("X_A_TILDE", "x-a~", "X-A~", "x_a_tilde");
      assertFinds(null, "c@", "C@", "b~", "a_", "x-c@");
    }

    @Test
    void mixedCaseAndMisses() {
      assertFinds("KERBEROS", "kerberos", "KERBEROS", "KerBeRos", "kERBEROs");
      assertFinds(null, "kerbero", "kerbeross", "kerberos ", "", "kerberos\u0000", "k\u00e9rberos");
    }

    @Test
    void namesBeyondAsciiTakeUnicodesCaseMapping() {
      assertEquals("kerberos", "\u212Aerberos".toLowerCase(Locale.ROOT), "KELVIN SIGN lower-cases to k");
      assertFinds("KERBEROS", "\u212Aerberos", "\u212AERBEROS", "\u212Aerberos".toUpperCase(Locale.ROOT));
      assertFinds("SCHOOL", "\u00e9cole", "\u00c9COLE", "\u00c9cole", "school");
      assertFinds("STREET", "stra\u00dfe", "STRA\u00dfE", "Street");
      assertFinds(null, "ecole", "E\u0301COLE", "strasse", "STRASSE", "\u00c9", "\u212A", "\u212Aerbero",
          "kerbero\u212A");
    }

    @Test
    void nullIsRefused() {
      assertThrows(NullPointerException.class, () -> invokeByServiceName(table, null));
      assertThrows(NullPointerException.class, () -> invokeByServiceName(asciiTable, null));
    }

    @Test
    void aHitReturnsTheSameOptionalEachTime() {
      for (LoadedCatalog catalog : List.of(table, asciiTable)) {
        assertSame(catalog.byServiceName("kerberos"), catalog.byServiceName("KERBEROS"));
        assertSame(catalog.byServiceName("b_"), catalog.byServiceName("x-b_"), "one Optional a service");
        assertSame(catalog.byServiceName("\u212Aerberos"), catalog.byServiceName("kerberos"));
      }
    }

    /**
     * Asserts that each of {@code names} finds the service of {@code constant}, or nothing for null,
     * in both shapes and in the table of ASCII names.
     */
    private void assertFinds(String constant, String... names) {
      for (String name : names) {
        Optional<String> expected = Optional.ofNullable(constant);
        assertEquals(expected, table.byServiceName(name).map(LoadedCatalog::name), "table: " + name);
        assertEquals(expected, asEnum.byServiceName(name).map(LoadedCatalog::name), "enum: " + name);
        assertEquals(expected.filter(found -> !found.equals("SCHOOL") && !found.equals("STREET")),
            asciiTable.byServiceName(name).map(LoadedCatalog::name), "ASCII table: " + name);
      }
    }
  }

  @Test
  void generationIsDeterministic() {
    Map<String, String> first = sources(compilation);
    Map<String, String> second = sources(compileAll());
    assertEquals(first.keySet(), second.keySet());
    first.forEach((name, text) -> assertEquals(text, second.get(name), name));
    assertTrue(first.size() >= 20, first.keySet()::toString);
  }

  private static Map<String, String> sources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      try {
        sources.put(file.toUri().toString(), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static int intConstant(String type, String field) throws ReflectiveOperationException {
    return Class.forName(type, true, loader).getField(field).getInt(null);
  }

  private static void invokeByServiceName(LoadedCatalog catalog, String name) throws Throwable {
    try {
      catalog.type().getMethod("byServiceName", String.class).invoke(null, name);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
