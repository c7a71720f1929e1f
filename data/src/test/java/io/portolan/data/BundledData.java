package io.portolan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.portolan.data.WellKnownCatalogTest.IanaRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the curated naming files ({@code names.csv}, {@code naming-review.csv}) and derives the
 * constant names the processor's naming rule gives the IANA registry, for the data tests.
 */
final class BundledData {
  static final String NAMES = "/io/portolan/data/names.csv";
  static final String DEFAULTS = "/io/portolan/data/defaults.csv";
  static final Path REVIEW = Path.of("naming-review.csv");

  static final List<String> NAMES_COLUMNS =
      List.of("constant", "port", "transports", "service", "reason");
  static final List<String> DEFAULTS_COLUMNS =
      List.of(
          "port",
          "transports",
          "constant",
          "service",
          "aliases",
          "status",
          "status_note",
          "description",
          "product",
          "source",
          "version");
  static final List<String> REVIEW_COLUMNS =
      List.of(
          "transport",
          "rank",
          "port",
          "nmap_name",
          "iana_keywords",
          "decision",
          "constant",
          "reason");

  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]+");

  /** The processor's test for a registry record that only records another name of a service. */
  private static final Pattern ALIAS_OF =
      Pattern.compile(
          "(?:alias (?:to|of)|duplicate of(?: the)?)\\s+\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);

  private BundledData() {}

  /** A service of the registry as the naming rule names it: its ports and service name. */
  record RuleName(int firstPort, int lastPort, String service) {
    boolean covers(int port) {
      return firstPort <= port && port <= lastPort;
    }
  }

  /** One row of names.csv. */
  record CuratedName(
      long line,
      String constant,
      int port,
      List<String> transports,
      String service,
      String reason,
      List<String> fields) {}

  /** One row of defaults.csv: a product's default port, with its source. */
  record DefaultRow(
      long line,
      int firstPort,
      int lastPort,
      List<String> transports,
      String constant,
      String service,
      String status,
      String statusNote,
      String description,
      String product,
      String source,
      String version,
      List<String> fields) {
    boolean covers(int port) {
      return firstPort <= port && port <= lastPort;
    }
  }

  /** One row of naming-review.csv. */
  record ReviewRow(
      long line,
      String transport,
      int rank,
      int port,
      String nmapName,
      List<String> ianaKeywords,
      String decision,
      String constant,
      String reason,
      List<String> fields) {}

  /**
   * The naming rule of the processor ({@code io.portolan.processor.validate.Naming}): upper case,
   * each run of characters other than ASCII letters and digits becomes one {@code _}, leading and
   * trailing {@code _} dropped, and a leading {@code _} before a digit.
   */
  static String ruleConstant(String serviceName) {
    String upper =
        NOT_ALPHANUMERIC.matcher(serviceName.toUpperCase(Locale.ROOT)).replaceAll("_");
    String trimmed = upper.replaceAll("^_+|_+$", "");
    if (trimmed.isEmpty()) {
      return "";
    }
    return Character.isDigit(trimmed.charAt(0)) ? "_" + trimmed : trimmed;
  }

  /**
   * The constants the naming rule gives the registry's services, before names.csv applies, and the
   * first port each names: records with a service name and a port, less those whose notes make
   * them an alias or duplicate of a service on the same ports; a constant that several ports
   * derive names the first in file order, the others get {@code _<port>}, as the processor does.
   */
  static Map<String, RuleName> ianaRuleConstants(List<IanaRecord> iana) {
    Map<String, Boolean> named = new LinkedHashMap<>();
    for (IanaRecord r : iana) {
      if (!r.name().isEmpty() && !r.port().isEmpty()) {
        named.put(r.name().toLowerCase(Locale.ROOT) + " " + r.port(), true);
      }
    }
    Map<String, Map<String, RuleName>> byConstant = new LinkedHashMap<>();
    for (IanaRecord r : iana) {
      if (r.name().isEmpty() || r.port().isEmpty()) {
        continue;
      }
      Matcher alias = ALIAS_OF.matcher(r.notes());
      if (alias.find() && named.containsKey(alias.group(1).toLowerCase(Locale.ROOT) + " " + r.port())) {
        continue;
      }
      String[] bounds = r.port().split("-");
      RuleName ruleName =
          new RuleName(
              Integer.parseInt(bounds[0]), Integer.parseInt(bounds[bounds.length - 1]), r.name());
      byConstant
          .computeIfAbsent(ruleConstant(r.name()), c -> new LinkedHashMap<>())
          .putIfAbsent(r.port(), ruleName);
    }
    Map<String, RuleName> constants = new LinkedHashMap<>();
    byConstant.forEach(
        (constant, byPorts) -> {
          boolean firstGroup = true;
          for (RuleName ruleName : byPorts.values()) {
            String name = firstGroup ? constant : constant + "_" + ruleName.firstPort();
            RuleName earlier = constants.putIfAbsent(name, ruleName);
            assertEquals(null, earlier, "the rule gives " + name + " twice");
            firstGroup = false;
          }
        });
    return constants;
  }

  static byte[] namesBytes() throws IOException {
    try (InputStream in = BundledData.class.getResourceAsStream(NAMES)) {
      assertNotNull(in, "missing resource " + NAMES);
      return in.readAllBytes();
    }
  }

  static List<CuratedName> names() throws IOException {
    List<CuratedName> names = new ArrayList<>();
    for (Map.Entry<Long, CSVRecord> e :
        records(new String(namesBytes(), StandardCharsets.UTF_8), NAMES_COLUMNS).entrySet()) {
      CSVRecord r = e.getValue();
      names.add(
          new CuratedName(
              e.getKey(),
              r.get("constant"),
              Integer.parseInt(r.get("port")),
              words(r.get("transports")),
              r.get("service"),
              r.get("reason"),
              r.toList()));
    }
    return names;
  }

  static String defaultsText() throws IOException {
    try (InputStream in = BundledData.class.getResourceAsStream(DEFAULTS)) {
      assertNotNull(in, "missing resource " + DEFAULTS);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<DefaultRow> defaults() throws IOException {
    List<DefaultRow> rows = new ArrayList<>();
    for (Map.Entry<Long, CSVRecord> e : records(defaultsText(), DEFAULTS_COLUMNS).entrySet()) {
      CSVRecord r = e.getValue();
      String[] bounds = r.get("port").split("-", 2);
      rows.add(
          new DefaultRow(
              e.getKey(),
              Integer.parseInt(bounds[0]),
              Integer.parseInt(bounds[bounds.length - 1]),
              words(r.get("transports")),
              r.get("constant"),
              r.get("service"),
              r.get("status"),
              r.get("status_note"),
              r.get("description"),
              r.get("product"),
              r.get("source"),
              r.get("version"),
              r.toList()));
    }
    return rows;
  }

  static List<ReviewRow> review() throws IOException {
    List<ReviewRow> rows = new ArrayList<>();
    String text = Files.readString(REVIEW, StandardCharsets.UTF_8);
    for (Map.Entry<Long, CSVRecord> e : records(text, REVIEW_COLUMNS).entrySet()) {
      CSVRecord r = e.getValue();
      rows.add(
          new ReviewRow(
              e.getKey(),
              r.get("transport"),
              Integer.parseInt(r.get("rank")),
              Integer.parseInt(r.get("port")),
              r.get("nmap_name"),
              words(r.get("iana_keywords")),
              r.get("decision"),
              r.get("constant"),
              r.get("reason"),
              r.toList()));
    }
    return rows;
  }

  /** Records by line, checking the header and each record's width. */
  private static Map<Long, CSVRecord> records(String text, List<String> columns) {
    Map<Long, CSVRecord> records = new LinkedHashMap<>();
    CSVFormat format =
        CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      assertEquals(columns, parser.getHeaderNames(), "columns");
      for (CSVRecord r : parser) {
        long line = parser.getCurrentLineNumber();
        assertEquals(columns.size(), r.size(), "line " + line + ": field count");
        records.put(line, r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  static List<String> words(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split(" ", -1));
  }
}
