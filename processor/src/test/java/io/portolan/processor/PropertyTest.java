package io.portolan.processor;

import static io.portolan.processor.LoadedCatalog.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.portolan.Assignment;
import io.portolan.PortCatalog;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.processor.Compilations.Outcome;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random Portolan tables, valid and not: each either compiles into a catalog whose lookups agree
 * with the table, or is refused with Portolan's own errors and nothing generated. Never an
 * exception, an internal error, or a javac error or lint warning about generated code.
 */
class PropertyTest {
  private static final Pattern PORT_OR_RANGE = Pattern.compile("(\\d{1,9})(?:\\s*-\\s*(\\d{1,9}))?");
  private static final Set<String> STATUSES = Set.of("official", "unofficial", "unassigned", "reserved");
  private static final String TABLE = "random.csv";

  private static Path tables;

  /** One row of a random table, each field as written in the CSV. */
  record Row(String port, String transports, String constant, String service, String aliases, String status,
      String description) {

    String csv() {
      return TestTables.row(port, transports, constant, service, aliases, status, description, "");
    }

    /** Tells whether the table reader must refuse this row, whatever the rest of the table. */
    boolean unreadable() {
      Matcher ports = PORT_OR_RANGE.matcher(port.trim());
      if (!ports.matches()) {
        return true;
      }
      long first = Long.parseLong(ports.group(1));
      long last = ports.group(2) == null ? first : Long.parseLong(ports.group(2));
      if (first > 65535 || last > 65535 || last < first) {
        return true;
      }
      List<String> words = words(transports);
      return words.isEmpty()
          || words.stream().anyMatch(word -> Stream.of(Transport.values()).noneMatch(t -> t.name().equalsIgnoreCase(word)))
          || !status.isEmpty() && !STATUSES.contains(status.toLowerCase(Locale.ROOT))
          || namesService(status) && constant.isEmpty() && service.isEmpty();
    }

    /** Tells whether a row of {@code status} names a service that becomes a constant. */
    static boolean namesService(String status) {
      return Set.of("", "official", "unofficial").contains(status.toLowerCase(Locale.ROOT));
    }

    boolean namesService() {
      return namesService(status) && !(constant.isEmpty() && service.isEmpty());
    }

    int first() {
      return Integer.parseInt(port.trim().split("\\s*-\\s*")[0]);
    }

    int last() {
      String[] parts = port.trim().split("\\s*-\\s*");
      return Integer.parseInt(parts[parts.length - 1]);
    }

    Set<Transport> transportSet() {
      Set<Transport> set = EnumSet.noneOf(Transport.class);
      words(transports).forEach(word -> set.add(Transport.ofKeyword(word)));
      return set;
    }

    Assignment assignment() {
      return status.equalsIgnoreCase("official") ? Assignment.OFFICIAL : Assignment.UNOFFICIAL;
    }

    /** The names that may find this row's service: its service name, aliases and constant. */
    Set<String> names() {
      Set<String> names = new java.util.HashSet<>();
      Stream.concat(Stream.of(service, constant), words(aliases).stream())
          .filter(name -> !name.isEmpty())
          .forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
      return names;
    }
  }

  @BeforeContainer
  static void createDirectory() throws IOException {
    tables = Files.createTempDirectory("portolan-property");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    Files.deleteIfExists(tables.resolve(TABLE));
    Files.deleteIfExists(tables);
  }

  /** Both sides of the property must be tried often enough to mean something. */
  @Property(tries = 50)
  @StatisticsReport(onFailureOnly = true)
  void compilesIntoAgreeingLookupsOrFailsWithPortolansErrors(@ForAll("tables") List<Row> rows,
      @ForAll PortCatalog.Shape shape) {
    TestTables.write(tables, TABLE, TestTables.portolan(rows.stream().map(Row::csv).toList()));
    Outcome outcome = Compilations.compileRecording(tables, new String[] {"-Xlint:all", "-Xdoclint:all"},
        Compilations.packageInfo("t", "@PortCatalog(source = \"" + TABLE + "\", shape = PortCatalog.Shape." + shape + ")"));
    Compilation compilation = outcome.compilation();

    List<String> diagnostics = Compilations.allMessages(compilation);
    assertTrue(diagnostics.stream().noneMatch(text -> text.contains(Message.INTERNAL_ERROR.tag())), diagnostics::toString);
    assertTrue(compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
            .allMatch(d -> d.getMessage(Locale.ROOT).contains("[Portolan/")),
        () -> "javac itself complained, about generated code: " + diagnostics);

    Statistics.label("outcome").collect(compilation.status() == Compilation.Status.SUCCESS ? "compiled" : "refused");
    if (compilation.status() == Compilation.Status.FAILURE) {
      Statistics.label("refused for").collect(Compilations.messages(compilation, Diagnostic.Kind.ERROR).stream()
          .map(message -> message.replaceAll(".*(\\[Portolan/\\w+\\]).*", "$1")).distinct().sorted().toList());
      assertFalse(Compilations.messages(compilation, Diagnostic.Kind.ERROR).isEmpty());
      assertEquals(List.of(), outcome.generated());
      return;
    }
    assertTrue(rows.stream().noneMatch(Row::unreadable), () -> "compiled a table with an unreadable row: " + diagnostics);
    checkAgainstTable(new LoadedCatalog(Compilations.classLoader(compilation), "t.RandomPort"), rows);
  }

  @AfterProperty
  void bothOutcomesOccurred() {
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("compiled").percentage(percent -> percent >= 10);
      coverage.check("refused").percentage(percent -> percent >= 10);
    });
  }

  private static void checkAgainstTable(LoadedCatalog catalog, List<Row> rows) {
    List<Row> named = rows.stream().filter(Row::namesService).toList();
    List<ServicePort> services = catalog.values();
    assertFalse(services.isEmpty());
    for (Row row : named) {
      assertTrue(services.stream().anyMatch(service -> service.number() == row.first()
              && service.lastNumber() == row.last() && service.transports().containsAll(row.transportSet())
              && service.assignment() == row.assignment()),
          () -> "no service for " + row);
      for (String name : row.names()) {
        assertTrue(catalog.byServiceName(name).isPresent(), () -> "nothing found by " + name + " of " + row);
      }
    }
    for (ServicePort service : services) {
      List<Row> own = named.stream()
          .filter(row -> row.first() == service.number() && row.last() == service.lastNumber())
          .toList();
      assertFalse(own.isEmpty(), () -> "no row for " + name(service));
      assertTrue(own.stream().anyMatch(row -> row.description().equals(service.description())),
          () -> "description of " + name(service) + " is " + service.description());
      for (int number : new int[] {service.number(), service.lastNumber()}) {
        List<ServicePort> found = catalog.byNumber(number);
        assertTrue(found.contains(service), () -> name(service) + " not found by " + number);
        List<Assignment> assignments = found.stream().map(ServicePort::assignment).toList();
        assertEquals(assignments.stream().sorted(Comparator.naturalOrder()).toList(), assignments);
      }
      for (String name : List.of(service.serviceName(), name(service))) {
        Optional<ServicePort> found = catalog.byServiceName(name);
        assertTrue(found.isPresent(), () -> "nothing found by " + name);
        Set<String> foundNames = new java.util.HashSet<>();
        foundNames.add(found.get().serviceName().toLowerCase(Locale.ROOT));
        foundNames.add(name(found.get()).toLowerCase(Locale.ROOT));
        named.stream()
            .filter(row -> row.first() == found.get().number() && row.last() == found.get().lastNumber())
            .forEach(row -> foundNames.addAll(row.names()));
        assertTrue(foundNames.contains(name.toLowerCase(Locale.ROOT)),
            () -> name + " finds " + name(found.get()) + ", which has no such name");
      }
    }
  }

  /**
   * Tables of well-formed rows, which may still clash in their names, and tables of rows with any
   * kind of defect, so that both outcomes are tried often.
   */
  @Provide
  Arbitrary<List<Row>> tables() {
    return Arbitraries.frequencyOf(Tuple.of(1, rows(false)), Tuple.of(1, rows(true)));
  }

  private static Arbitrary<List<Row>> rows(boolean defects) {
    return Combinators.combine(ports(defects), transports(defects), constants(defects), services(defects), aliases(),
            statuses(defects), descriptions())
        .as(Row::new)
        .list().ofMinSize(1).ofMaxSize(10);
  }

  private static Arbitrary<String> ports(boolean defects) {
    int highest = defects ? 70000 : 65535;
    Arbitrary<String> ranges = Combinators.combine(Arbitraries.integers().between(0, highest - 100),
        Arbitraries.integers().between(defects ? -3 : 1, 100)).as((first, length) -> first + "-" + (first + length));
    Arbitrary<String> valid = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(0, 7, 22, 53, 80, 443, 65535).map(String::valueOf)),
        Tuple.of(6, Arbitraries.integers().between(0, highest).map(String::valueOf)),
        Tuple.of(2, ranges));
    return !defects ? valid : Arbitraries.frequencyOf(Tuple.of(5, valid),
        Tuple.of(1, Arbitraries.of("", " ", "-1", "x", " 80 ", "1-", "5-3", "999999999", "99999999999", "8 0")));
  }

  private static Arbitrary<String> transports(boolean defects) {
    Arbitrary<String> words = defects
        ? Arbitraries.of("tcp", "udp", "sctp", "dccp", "TCP", "Udp", "quic", "tcp/udp")
        : Arbitraries.of("tcp", "udp", "sctp", "dccp", "TCP", "Udp");
    return words.list().ofMinSize(defects ? 0 : 1).ofMaxSize(3)
        .flatMap(list -> Arbitraries.of(" ", ",", ", ").map(separator -> String.join(separator, list)));
  }

  private static Arbitrary<String> constants(boolean defects) {
    Arbitrary<String> valid = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just("")),
        Tuple.of(2, Arbitraries.of("SSH", "HTTP", "A_1", "__", "X", "CLASS", "_9", "INT")));
    return !defects ? valid : Arbitraries.frequencyOf(Tuple.of(6, valid),
        Tuple.of(1, Arbitraries.of("ssh", "9X", "_", "A-B", "\u00c9T\u00c9", "A B")));
  }

  private static Arbitrary<String> services(boolean defects) {
    Arbitrary<String> named = Arbitraries.of("ssh", "http", "https", "ftp-data", "9pfs", "class", "int", "a b",
        "\u00dcn\u00efcode", "$x", "%s", "x.y", "HTTP", "z39.50", "a*/b", "q\"uote", "emoji\ud83d\ude00", "tab\tx",
        "back\\slash", "new\nline", "www", "SSH");
    return !defects ? named : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")), Tuple.of(10, named),
        Tuple.of(1, Arbitraries.of("_", "-", "\u00e9")));
  }

  private static Arbitrary<String> aliases() {
    return Arbitraries.of("www", "alias", "ssh", "x-y", "9a", "a*/b", "HTTP", "http")
        .list().ofMaxSize(2).map(words -> String.join(" ", words));
  }

  private static Arbitrary<String> statuses(boolean defects) {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of("official", "unofficial", "")),
        Tuple.of(2, Arbitraries.of("unassigned", "reserved", "OFFICIAL", "Unofficial")),
        Tuple.of(defects ? 1 : 0, Arbitraries.of("bogus", "retired")));
  }

  /**
   * Descriptions of printable ASCII and troublesome characters. U+2028 and U+2029 are left out:
   * HostileInputTest.lineAndParagraphSeparatorsRoundTrip covers them.
   */
  private static Arbitrary<String> descriptions() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("")),
        Tuple.of(5, Arbitraries.strings().withCharRange(' ', '~')
            .withChars('\t', '\n', '\r', '\u0000', '\u0001', '\u007f', '\u0085', '\u00e9', '\u2014', '\u202e', '\ufeff')
            .ofMaxLength(40)),
        Tuple.of(2, Arbitraries.of("*/", "/**/", "\\u000a", "\\u0022\\", "$S %s", "<b>", "&amp;", "@see x",
            "{@code", "emoji \ud83d\ude00", "  spaced  ", "ends with \\")));
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.trim().split("[\\s,]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
