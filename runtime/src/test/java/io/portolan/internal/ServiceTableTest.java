package io.portolan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link ServiceTable} over data written the way the processor writes them: this test's own writer
 * ({@link Data}) encodes rows and index data from plain values, and every answer is checked against
 * those values.
 */
class ServiceTableTest {
  /** One service's values, as a generated table class's row holds them. */
  record Row(String constant, int first, int last, String transports, boolean official, String serviceName,
      List<String> aliases, List<Integer> rfcs, String description) {}

  /** A service of a table, as a generated class's instances are. */
  static final class Service implements ServicePort {
    final ServiceTable<Service> table;
    final int chunk;
    final int row;
    final int number;
    final int lastNumber;
    final String serviceName;
    final Set<Transport> transports;
    final Assignment assignment;
    final List<String> aliases;

    Service(ServiceTable<Service> table, int chunk, int row, int number, int lastNumber, String serviceName,
        Set<Transport> transports, Assignment assignment, List<String> aliases) {
      this.table = table;
      this.chunk = chunk;
      this.row = row;
      this.number = number;
      this.lastNumber = lastNumber;
      this.serviceName = serviceName;
      this.transports = transports;
      this.assignment = assignment;
      this.aliases = aliases;
    }

    @Override
    public String constantName() {
      return table.constantName(chunk, row);
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public int lastNumber() {
      return lastNumber;
    }

    @Override
    public String serviceName() {
      return serviceName;
    }

    @Override
    public List<String> aliases() {
      return aliases;
    }

    @Override
    public List<URI> references() {
      return table.references(chunk, row);
    }

    @Override
    public Set<Transport> transports() {
      return transports;
    }

    @Override
    public String description() {
      return table.description(chunk, row);
    }

    @Override
    public Assignment assignment() {
      return assignment;
    }

    @Override
    public String toString() {
      return constantName();
    }
  }

  /**
   * Rows and index data encoded as the processor encodes them: rows cut into strings of at most
   * {@code chunkChars} characters, each port's services in the order {@code byPort} gives, names in
   * insertion order (the first service to claim a name keeps it).
   */
  static final class Data {
    final List<String> chunks = new ArrayList<>();
    final StringBuilder starts = new StringBuilder();
    final StringBuilder ports = new StringBuilder();
    final StringBuilder portServices = new StringBuilder();
    final StringBuilder names = new StringBuilder();
    /** Whether every lookup name is ASCII. */
    final boolean asciiNames;
    /** How many times each piece of data was asked for. */
    final Map<String, Integer> reads = new java.util.concurrent.ConcurrentHashMap<>();

    Data(List<Row> rows, int chunkChars, Map<Integer, List<Integer>> byPort) {
      StringBuilder chunk = new StringBuilder();
      for (Row row : rows) {
        String line = String.join("\t", row.constant(), Integer.toString(row.first()),
            row.last() == row.first() ? "" : Integer.toString(row.last()), row.transports(), row.official() ? "o" : "u",
            escape(row.serviceName()),
            String.join(" ", row.aliases().stream().map(alias -> escape(alias).replace(" ", "\\s")).toList()),
            String.join(" ", row.rfcs().stream().map(String::valueOf).toList()), escape(row.description())) + "\n";
        if (chunk.length() > 0 && chunk.length() + line.length() > chunkChars) {
          chunks.add(chunk.toString());
          chunk.setLength(0);
        }
        digits(starts, chunks.size(), 3);
        digits(starts, chunk.length(), 3);
        chunk.append(line);
      }
      chunks.add(chunk.toString());
      byPort.forEach((port, services) -> {
        digits(ports, port, 3);
        digits(ports, services.size(), 3);
        services.forEach(service -> digits(portServices, service, ServiceTable.SERVICE_DIGITS));
      });
      Map<String, int[]> lookupNames = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        lookupNames.putIfAbsent(rows.get(i).serviceName().toLowerCase(Locale.ROOT), new int[] {i, 0});
        for (int alias = 0; alias < rows.get(i).aliases().size(); alias++) {
          lookupNames.putIfAbsent(rows.get(i).aliases().get(alias).toLowerCase(Locale.ROOT), new int[] {i, alias + 1});
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        lookupNames.putIfAbsent(rows.get(i).constant().toLowerCase(Locale.ROOT),
            new int[] {i, ServiceTable.CONSTANT_NAME});
      }
      asciiNames = lookupNames.keySet().stream().allMatch(name -> name.chars().allMatch(c -> c <= 0x7F));
      lookupNames.forEach((name, serviceAndWhich) -> {
        digits(names, name.hashCode() & 0xFFFFFFFFL, 6);
        digits(names, serviceAndWhich[0], 3);
        digits(names, serviceAndWhich[1], 3);
      });
    }

    ServiceTable<Service> table(int size) {
      return table(size, asciiNames);
    }

    ServiceTable<Service> table(int size, boolean asciiNames) {
      return new ServiceTable<Service>(size, asciiNames) {
        @Override
        protected String rows(int chunk) {
          return chunks.get(chunk);
        }

        @Override
        protected String[] rowStarts() {
          return read("starts", starts, ServiceTable.START_DIGITS);
        }

        @Override
        protected String[] ports() {
          return read("ports", ports, ServiceTable.PORT_DIGITS);
        }

        @Override
        protected String[] portServices() {
          return read("portServices", portServices, ServiceTable.SERVICE_DIGITS);
        }

        @Override
        protected String[] names() {
          return read("names", names, ServiceTable.NAME_DIGITS);
        }

        @Override
        protected Service create(int chunk, int row, int number, int lastNumber, String serviceName,
            Set<Transport> transports, Assignment assignment, List<String> aliases) {
          return new Service(this, chunk, row, number, lastNumber, serviceName, transports, assignment, aliases);
        }
      };
    }

    /**
     * Cuts {@code data} into strings of at most {@link ServiceTable#ENTRIES_PER_STRING} entries, in
     * lines of {@link ServiceTable#LINE_DIGITS} digits.
     */
    private String[] read(String what, CharSequence data, int width) {
      reads.merge(what, 1, Integer::sum);
      List<String> strings = new ArrayList<>();
      int perString = ServiceTable.ENTRIES_PER_STRING * width;
      for (int start = 0; start < data.length(); start += perString) {
        StringBuilder lines = new StringBuilder();
        for (int line = start; line < Math.min(data.length(), start + perString); line += ServiceTable.LINE_DIGITS) {
          lines.append(data, line, Math.min(Math.min(data.length(), start + perString), line + ServiceTable.LINE_DIGITS))
              .append('\n');
        }
        strings.add(lines.toString());
      }
      return strings.toArray(new String[0]);
    }

    private static String escape(String field) {
      return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static void digits(StringBuilder data, long value, int digits) {
      for (int shift = 6 * (digits - 1); shift >= 0; shift -= 6) {
        char c = (char) ('#' + ((int) (value >>> shift) & 63));
        data.append(c >= '\\' ? (char) (c + 1) : c);
      }
    }
  }

  private static final List<Row> ROWS = List.of(
      new Row("SSH", 22, 22, "tus", true, "ssh", List.of(), List.of(4251, 9260),
          "Secure Shell (SSH)\u2014secure logins"),
      new Row("DNS", 53, 53, "tu", true, "domain", List.of("nameserver"), List.of(1034, 1035), "Domain Name System"),
      new Row("QUIC_HTTP", 80, 80, "u", false, "quic", List.of(), List.of(), "QUIC for HTTP"),
      new Row("HTTP", 80, 80, "t", true, "http", List.of("www", "www-http"), List.of(9110), "Hypertext Transfer"),
      new Row("ODD", 99, 99, "d", false, "Odd\\Name", List.of("two words", "back\\slash"), List.of(),
          "a\ttab, a\nline feed,\r a \\ and \\t that stays"),
      new Row("X11", 6000, 6063, "t", true, "x11", List.of(), List.of(), "X Window System"),
      // Lower-case names of one hash code ("aik", "c--" and the missing "ak-"), and a name that an
      // earlier service already has.
      new Row("AIK", 7000, 7000, "s", false, "aik", List.of(), List.of(), "Colliding names"),
      new Row("SECOND_HTTP", 8080, 8080, "", false, "http", List.of("alt", "c--"), List.of(), ""));

  /** The services of each port, in the order the data give: not table order, to show the data decide. */
  private static Map<Integer, List<Integer>> byPort(List<Row> rows) {
    Map<Integer, List<Integer>> byPort = new TreeMap<>();
    for (int i = rows.size() - 1; i >= 0; i--) {
      for (int port = rows.get(i).first(); port <= rows.get(i).last(); port++) {
        byPort.computeIfAbsent(port, key -> new ArrayList<>()).add(i);
      }
    }
    return byPort;
  }

  @Test
  void readsEachFieldOfTheRowsAndUndoesTheirEscapes() {
    Data data = new Data(ROWS, 100, byPort(ROWS));
    assertTrue(data.chunks.size() > 2, "the rows span several strings");
    List<Service> all = data.table(ROWS.size()).all();
    assertEquals(ROWS.size(), all.size());
    for (int i = 0; i < ROWS.size(); i++) {
      Row row = ROWS.get(i);
      Service service = all.get(i);
      assertEquals(row.constant(), service.constantName());
      assertEquals(row.first(), service.number());
      assertEquals(row.last(), service.lastNumber());
      assertEquals(row.serviceName(), service.serviceName());
      assertEquals(row.aliases(), service.aliases());
      assertEquals(row.official() ? Assignment.OFFICIAL : Assignment.UNOFFICIAL, service.assignment());
      assertEquals(row.description(), service.description());
      Set<Transport> transports = EnumSet.noneOf(Transport.class);
      for (Transport transport : Transport.values()) {
        if (row.transports().indexOf(transport.keyword().charAt(0)) >= 0) {
          transports.add(transport);
        }
      }
      assertEquals(transports, service.transports());
      assertSame(Transports.of(bits(transports)), service.transports(), "shared sets");
      assertEquals(row.rfcs().stream().map(rfc -> URI.create("https://www.rfc-editor.org/rfc/rfc" + rfc)).toList(),
          service.references());
    }
    assertThrows(UnsupportedOperationException.class, () -> all.get(4).aliases().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> all.remove(0));
  }

  @Test
  void byNumberGivesEachPortsServicesInTheOrderOfTheData() {
    Data data = new Data(ROWS, 100, byPort(ROWS));
    ServiceTable<Service> table = data.table(ROWS.size());
    List<Service> all = table.all();
    for (int port = -2; port <= 65_537; port++) {
      List<Service> expected = new ArrayList<>();
      for (int i : byPort(ROWS).getOrDefault(port, List.of())) {
        expected.add(all.get(i));
      }
      List<Service> found = table.byNumber(port);
      assertEquals(expected, found, "port " + port);
      assertSame(found, table.byNumber(port), "the same list every time");
    }
    assertEquals(List.of("HTTP", "QUIC_HTTP"), names(table.byNumber(80)));
    assertSame(table.byNumber(6000).get(0), table.byNumber(6063).get(0));
    assertEquals(List.of(), table.byNumber(Integer.MIN_VALUE));
    assertEquals(List.of(), table.byNumber(Integer.MAX_VALUE));
    assertThrows(UnsupportedOperationException.class, () -> table.byNumber(80).clear());
    assertThrows(UnsupportedOperationException.class, () -> table.byNumber(22).clear());
  }

  @Test
  void portsTheDataLeaveOutAreFoundByNameOnly() {
    Map<Integer, List<Integer>> byPort = byPort(ROWS);
    byPort.remove(99);
    ServiceTable<Service> table = new Data(ROWS, 100, byPort).table(ROWS.size());
    assertEquals(List.of(), table.byNumber(99));
    assertEquals("ODD", table.byServiceName("odd\\name").orElseThrow().constantName());
  }

  @Test
  void byServiceNameFindsEveryNameIgnoringCaseTheFirstServiceKeepingAShared() {
    Data data = new Data(ROWS, 100, byPort(ROWS));
    assertTrue(data.asciiNames);
    // Looked up as it is first where every name is ASCII, folded otherwise: both find the same.
    for (boolean asciiNames : new boolean[] {true, false}) {
      findsEveryName(data.table(ROWS.size(), asciiNames));
    }
  }

  private static void findsEveryName(ServiceTable<Service> table) {
    Map<String, String> expected = new HashMap<>();
    expected.put("ssh", "SSH");
    expected.put("SSH", "SSH");
    expected.put("NameServer", "DNS");
    expected.put("domain", "DNS");
    expected.put("www-http", "HTTP");
    expected.put("http", "HTTP");
    expected.put("HTTP", "HTTP");
    expected.put("second_http", "SECOND_HTTP");
    expected.put("alt", "SECOND_HTTP");
    expected.put("TWO WORDS", "ODD");
    expected.put("back\\slash", "ODD");
    expected.put("aik", "AIK");
    expected.put("C--", "SECOND_HTTP");
    expected.put("quic_http", "QUIC_HTTP");
    expected.put("QuIc_HtTp", "QUIC_HTTP");
    expected.forEach((name, constant) ->
        assertEquals(Optional.of(constant), table.byServiceName(name).map(Service::constantName), name));
    assertEquals("aik".hashCode(), "c--".hashCode(), "the names collide");
    assertEquals("aik".hashCode(), "ak-".hashCode(), "the names collide");
    for (String missing : List.of("", "ak-", "AK-", "aim", "c-", "two", "words", "www-", "httpx", "ssh ", "\u00e9",
        "ss\u0127", "ssh\u0000")) {
      assertEquals(Optional.empty(), table.byServiceName(missing), missing);
    }
    assertSame(table.byNumber(22).get(0), table.byServiceName("ssh").orElseThrow());
    assertSame(table.byServiceName("ssh"), table.byServiceName("SSH"), "one Optional a service");
    assertSame(table.byServiceName("www"), table.byServiceName("\u0048TTP"), "one Optional a service");
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> table.byServiceName(null));
    assertEquals("name", thrown.getMessage());
  }

  @Test
  void namesBeyondAsciiTakeUnicodesCaseMapping() {
    List<Row> rows = List.of(
        new Row("SCHOOL", 100, 100, "t", true, "\u00e9cole", List.of("stra\u00dfe"), List.of(), ""),
        new Row("KERBEROS", 88, 88, "t", true, "kerberos", List.of(), List.of(), ""));
    Data data = new Data(rows, 100, byPort(rows));
    assertEquals(false, data.asciiNames);
    ServiceTable<Service> table = data.table(rows.size());
    Map<String, String> expected = new HashMap<>();
    expected.put("\u00e9cole", "SCHOOL");
    expected.put("\u00c9COLE", "SCHOOL");
    expected.put("STRA\u00dfE", "SCHOOL");
    expected.put("school", "SCHOOL");
    expected.put("\u212Aerberos", "KERBEROS");
    expected.put("\u212AERBEROS", "KERBEROS");
    expected.put("KerBeRos", "KERBEROS");
    expected.forEach((name, constant) ->
        assertEquals(Optional.of(constant), table.byServiceName(name).map(Service::constantName), name));
    for (String missing : List.of("ecole", "E\u0301COLE", "strasse", "STRASSE", "\u00c9", "\u212A", "kerbero\u212A")) {
      assertEquals(Optional.empty(), table.byServiceName(missing), missing);
    }
  }

  @Test
  void lowerCaseHashCodeIsTheHashCodeOfTheLowerCase() {
    for (String name : List.of("", "a", "HTTP", "x-B_", "Mixed-Case_Name.99", "~@[`{")) {
      assertEquals(name.toLowerCase(Locale.ROOT).hashCode(), NameProbe.lowerCaseHashCode(name), name);
    }
  }

  @Test
  void manyServicesSpanSeveralStringsOfIndexData() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ServiceTable.ENTRIES_PER_STRING * 2 + 123; i++) {
      rows.add(new Row("S" + i, 1 + i % 4_000 * 3, 1 + i % 4_000 * 3, i % 2 == 0 ? "t" : "tu", i % 3 == 0,
          "service-" + i, i % 5 == 0 ? List.of("alias-" + i) : List.of(), List.of(), "Service " + i));
    }
    Data data = new Data(rows, 60_000, byPort(rows));
    assertTrue(data.chunks.size() > 1);
    ServiceTable<Service> table = data.table(rows.size());
    assertEquals(3, data.read("check", data.starts, ServiceTable.START_DIGITS).length);
    for (int i = rows.size() - 1; i >= 0; i -= 7) {
      Row row = rows.get(i);
      Service found = table.byServiceName(row.serviceName()).orElseThrow();
      assertEquals(row.constant(), found.constantName());
      assertEquals(row.description(), found.description());
      assertTrue(table.byNumber(row.first()).contains(found));
      if (!row.aliases().isEmpty()) {
        assertSame(found, table.byServiceName(row.aliases().get(0).toUpperCase(Locale.ROOT)).orElseThrow());
      }
      assertSame(found, table.byServiceName(row.constant()).orElseThrow());
    }
    assertEquals(names(table.all()), rows.stream().map(Row::constant).toList());
  }

  @Test
  void readsEachPieceOfIndexDataOnceAndOnlyWhenALookupNeedsIt() {
    Data data = new Data(ROWS, 100, byPort(ROWS));
    ServiceTable<Service> table = data.table(ROWS.size());
    assertEquals(Map.of(), data.reads);
    table.byNumber(53);
    table.byNumber(80);
    assertEquals(Map.of("starts", 1, "ports", 1, "portServices", 1), data.reads);
    table.byServiceName("ssh");
    table.byServiceName("quic");
    table.all();
    assertEquals(Map.of("starts", 1, "ports", 1, "portServices", 1, "names", 1), data.reads);
  }

  @Test
  void racingFirstLookupsAllGetTheSameInstances() throws Exception {
    Data data = new Data(ROWS, 100, byPort(ROWS));
    List<Object> probes = new ArrayList<>();
    for (Row row : ROWS) {
      probes.add(row.first());
      probes.add(row.serviceName().toUpperCase(Locale.ROOT));
      probes.addAll(row.aliases());
    }
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 300; round++) {
        ServiceTable<Service> table = data.table(ROWS.size());
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<List<Object>>> answers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
          List<Object> order = new ArrayList<>(probes);
          Collections.shuffle(order, new java.util.Random(round * 31L + thread));
          answers.add(pool.submit(() -> {
            start.await();
            List<Object> answered = new ArrayList<>();
            for (Object probe : order) {
              answered.add(probe instanceof Integer port ? table.byNumber(port) : table.byServiceName((String) probe));
            }
            return answered;
          }));
        }
        List<Service> all = table.all();
        for (Future<List<Object>> answer : answers) {
          for (Object found : answer.get()) {
            List<?> services = found instanceof Optional<?> optional ? List.of(optional.orElseThrow()) : (List<?>) found;
            assertTrue(!services.isEmpty());
            for (Object service : services) {
              assertSame(all.get(ROWS.indexOf(row(((Service) service).constantName()))), service, "one instance");
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void unescapeUndoesEveryEscape() {
    assertEquals("plain", ServiceTable.unescape("plain"));
    assertEquals("a\tb\nc\rd\\e f", ServiceTable.unescape("a\\tb\\nc\\rd\\\\e\\sf"));
    assertEquals("\\t", ServiceTable.unescape("\\\\t"));
  }

  private static Row row(String constant) {
    return ROWS.stream().filter(row -> row.constant().equals(constant)).findFirst().orElseThrow();
  }

  private static List<String> names(List<Service> services) {
    return services.stream().map(Service::constantName).toList();
  }

  private static int bits(Set<Transport> transports) {
    int bits = 0;
    for (Transport transport : transports) {
      bits |= 1 << transport.ordinal();
    }
    return bits;
  }
}
