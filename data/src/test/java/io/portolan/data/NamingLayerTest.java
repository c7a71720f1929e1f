package io.portolan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.portolan.data.BundledData.CuratedName;
import io.portolan.data.BundledData.DefaultRow;
import io.portolan.data.BundledData.ReviewRow;
import io.portolan.data.BundledData.RuleName;
import io.portolan.data.WellKnownCatalogTest.CatalogRow;
import io.portolan.data.WellKnownCatalogTest.IanaRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the curated naming layer, {@code names.csv}, against the well-known catalog, the
 * software-defaults catalog and the bundled IANA registry, and the review of nmap's most frequently open ports,
 * {@code naming-review.csv}, against both. The rules are in {@code data/README.md}.
 */
class NamingLayerTest {
  private static final List<String> TRANSPORT_ORDER = List.of("tcp", "udp", "sctp", "dccp");
  private static final Set<String> DECISIONS = Set.of("adopted", "kept", "rejected");

  private static List<CatalogRow> catalog;
  private static List<DefaultRow> defaults;
  private static List<IanaRecord> iana;
  private static List<CuratedName> names;
  private static List<ReviewRow> review;
  private static Map<String, RuleName> ruleConstants;

  @BeforeAll
  static void load() throws IOException {
    catalog = CatalogRow.parseAll(resource("/io/portolan/data/well-known.csv"));
    defaults = BundledData.defaults();
    iana = IanaRecord.parseAll(resource("/io/portolan/data/iana.csv"));
    names = BundledData.names();
    review = BundledData.review();
    ruleConstants = BundledData.ianaRuleConstants(iana);
  }

  // ---------------------------------------------------------------------------------------------
  // names.csv: format

  @Test
  void namesFileIsStrictUtf8CommentsHeaderAndMinimallyQuotedRows() throws IOException {
    byte[] bytes = BundledData.namesBytes();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      fail("names.csv is not valid UTF-8: " + e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
    assertFalse(text.contains("\r"), "LF line endings only");
    assertTrue(text.endsWith("\n"), "last line ends with LF");
    List<String> all = Arrays.asList(text.split("\n", -1));
    List<String> lines = all.subList(0, all.size() - 1);
    int i = 0;
    while (i < lines.size() && lines.get(i).startsWith("#")) {
      i++;
    }
    assertEquals(String.join(",", BundledData.NAMES_COLUMNS), lines.get(i), "header line");
    List<String> dataLines = lines.subList(i + 1, lines.size());
    assertEquals(names.size(), dataLines.size(), "one line per name, no comments among rows");
    for (int r = 0; r < names.size(); r++) {
      assertEquals(WellKnownCatalogTest.minimalCsvLine(names.get(r).fields()), dataLines.get(r));
    }
  }

  @Test
  void namesAreWellFormedUniqueAndInPortOrder() {
    Set<String> constants = new LinkedHashSet<>();
    for (CuratedName name : names) {
      String where = "names.csv line " + name.line() + " (" + name.constant() + ")";
      assertTrue(name.constant().matches("[A-Z][A-Z0-9_]*"), where + ": constant");
      assertTrue(SourceVersion.isName(name.constant()), where + ": a Java name");
      assertTrue(constants.add(name.constant()), where + ": constant listed twice");
      assertTrue(name.port() >= 0 && name.port() <= 65535, where + ": port");
      assertFalse(name.transports().isEmpty(), where + ": transports");
      assertEquals(
          TRANSPORT_ORDER.stream().filter(name.transports()::contains).collect(Collectors.toList()),
          name.transports(),
          where + ": known transports in canonical order, no repeats");
      assertTrue(
          name.service().isEmpty() || name.service().matches("[A-Za-z0-9][A-Za-z0-9._/-]*"),
          where + ": service");
      assertFalse(name.reason().isBlank(), where + ": every name has a reason");
      for (String field : name.fields()) {
        assertEquals(field.strip(), field, where + ": no surrounding blanks");
      }
    }
    List<CuratedName> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(CuratedName::port).thenComparing(CuratedName::constant));
    assertEquals(sorted, names, "rows ordered by port, then constant");
  }

  // ---------------------------------------------------------------------------------------------
  // names.csv against the registry and the well-known catalog

  @Test
  void eachCuratedServiceIsRegisteredOnItsPortAndTransports() {
    for (CuratedName name : names) {
      if (name.service().isEmpty()) {
        continue;
      }
      for (String transport : name.transports()) {
        boolean registered =
            iana.stream()
                .anyMatch(
                    r ->
                        r.name().equals(name.service())
                            && r.port().equals(Integer.toString(name.port()))
                            && r.transport().equals(transport));
        assertTrue(
            registered,
            name.constant() + ": IANA has no " + name.service() + " on " + name.port() + "/"
                + transport);
      }
      assertFalse(
          BundledData.ruleConstant(name.service()).equals(name.constant())
              && ruleConstants.containsKey(name.constant())
              && ruleConstants.get(name.constant()).covers(name.port()),
          name.constant() + " is what the rule gives already; it needs no row");
    }
  }

  @Test
  void curatedNamesAgreeWithTheWellKnownCatalog() {
    Map<String, List<CatalogRow>> byConstant = new LinkedHashMap<>();
    for (CatalogRow row : catalog) {
      if (!row.constant().isEmpty()) {
        byConstant.computeIfAbsent(row.constant(), c -> new ArrayList<>()).add(row);
      }
    }
    for (CuratedName name : names) {
      List<CatalogRow> rows = byConstant.get(name.constant());
      if (rows == null) {
        continue; // a name for the IANA catalog alone, or an extra name of a well-known service
      }
      Set<String> transports = new TreeSet<>();
      for (CatalogRow row : rows) {
        assertEquals(name.port(), row.port(), name.constant() + ": port");
        assertEquals(name.service(), row.service(), name.constant() + ": service");
        transports.addAll(row.transports());
      }
      assertEquals(transports, new TreeSet<>(name.transports()), name.constant() + ": transports");
    }
    for (CuratedName name : names) {
      if (name.service().isEmpty()) {
        boolean defaultsConstant = defaults.stream()
            .anyMatch(row -> row.constant().equals(name.constant()) && row.covers(name.port()));
        assertTrue(byConstant.containsKey(name.constant()) || defaultsConstant,
            name.constant() + ": a name without an IANA service is a well-known or a software-defaults constant");
      }
    }
  }

  /** Every constant of a bundled catalog, mapped to the ports it names there. */
  private static Map<String, Set<Integer>> constantsAcrossCatalogs() {
    Map<String, Set<Integer>> ports = new TreeMap<>();
    for (CatalogRow row : catalog) {
      if (!row.constant().isEmpty()) {
        ports.computeIfAbsent(row.constant(), c -> new TreeSet<>()).add(row.port());
      }
    }
    for (DefaultRow row : defaults) {
      ports.computeIfAbsent(row.constant(), c -> new TreeSet<>()).add(row.firstPort());
    }
    Map<String, Integer> curated = new LinkedHashMap<>();
    for (CuratedName name : names) {
      curated.put(name.constant(), name.port());
      ports.computeIfAbsent(name.constant(), c -> new TreeSet<>()).add(name.port());
    }
    ruleConstants.forEach(
        (constant, ruleName) -> {
          Integer curatedPort = curated.get(constant);
          if (curatedPort != null && !ruleName.covers(curatedPort)) {
            return; // displaced by names.csv; see curatedNamesDisplaceOnlyRenamedServices
          }
          ports.computeIfAbsent(constant, c -> new TreeSet<>()).add(ruleName.firstPort());
        });
    return ports;
  }

  @Test
  void noConstantNamesTwoPortsAcrossTheBundledCatalogs() {
    Map<String, Set<Integer>> twoPorts = new TreeMap<>();
    constantsAcrossCatalogs()
        .forEach(
            (constant, ports) -> {
              if (ports.size() > 1) {
                twoPorts.put(constant, ports);
              }
            });
    assertEquals(Map.of(), twoPorts);
  }

  @Test
  void curatedNamesDisplaceOnlyRenamedServices() {
    Map<String, CuratedName> curated = new LinkedHashMap<>();
    names.forEach(name -> curated.put(name.constant(), name));
    Set<String> displaced = new TreeSet<>();
    ruleConstants.forEach(
        (constant, ruleName) -> {
          CuratedName name = curated.get(constant);
          if (name == null || ruleName.covers(name.port())) {
            return;
          }
          displaced.add(constant + " " + ruleName.firstPort());
          boolean renamed =
              names.stream()
                  .anyMatch(
                      other ->
                          other.port() == ruleName.firstPort()
                              && other.service().equals(ruleName.service()));
          assertTrue(renamed,
              constant + " is curated for " + name.port() + " but the rule gives it to "
                  + ruleName.service() + " on " + ruleName.firstPort()
                  + "; names.csv must name that service");
        });
    // Port 591 is http-alt's first port in the registry, 1605 is slp's; oracle and nomad yield their
    // names to the software-defaults catalog's Oracle Database and HashiCorp Nomad.
    assertEquals(Set.of("HTTP_ALT 591", "SLP 1605", "ORACLE 2005", "NOMAD 5209"), displaced);
    for (CatalogRow row : catalog) {
      if (!row.constant().isEmpty() && row.service().isEmpty()) {
        RuleName ruleName = ruleConstants.get(row.constant());
        assertTrue(ruleName == null || ruleName.covers(row.port()),
            row.constant() + " (" + row.port() + ", no IANA name) is the rule's name for "
                + ruleName + "");
      }
    }
  }

  @Test
  void curatedLookupNamesAreNotIanaKeywordsOfOtherPorts() {
    Map<String, Set<Integer>> keywordPorts = new TreeMap<>();
    for (IanaRecord r : iana) {
      if (!r.name().isEmpty() && !r.port().isEmpty()) {
        String[] bounds = r.port().split("-");
        for (int p = Integer.parseInt(bounds[0]); p <= Integer.parseInt(bounds[bounds.length - 1]);
            p++) {
          keywordPorts.computeIfAbsent(r.name().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(p);
        }
      }
    }
    Set<String> clashes = new TreeSet<>();
    for (CuratedName name : names) {
      String lower = name.constant().toLowerCase(Locale.ROOT);
      for (String key : new TreeSet<>(List.of(lower, lower.replace('_', '-')))) {
        Set<Integer> ports = keywordPorts.get(key);
        if (ports != null && !ports.contains(name.port())) {
          clashes.add(name.constant() + " " + key + " " + ports);
        }
      }
    }
    // The documented exceptions: IANA's keyword slp is Salutation on 1605, SLP means 427; oracle
    // and nomad are IANA's keywords on 2005 and 5209, ORACLE and NOMAD mean the software on 1521
    // and 4646.
    assertEquals(Set.of("SLP slp [1605]", "ORACLE oracle [2005]", "NOMAD nomad [5209]"), clashes);
  }

  /**
   * The lookup name the processor gives a row without a service name (its constant in lower case,
   * hyphenated) never claims an IANA keyword of a port. (47's former keyword ni-ftp survives only as
   * a registry record without a port.)
   */
  @Test
  void wellKnownRowsWithoutAnIanaNameNeverSpellAnIanaKeyword() {
    Set<String> keywords = new TreeSet<>();
    for (IanaRecord r : iana) {
      if (!r.port().isEmpty()) {
        keywords.add(r.name().toLowerCase(Locale.ROOT));
      }
    }
    for (CatalogRow row : catalog) {
      if (row.constant().isEmpty() || !row.service().isEmpty()) {
        continue;
      }
      String lower = row.constant().toLowerCase(Locale.ROOT);
      assertFalse(keywords.contains(lower), row.constant() + " spells an IANA keyword");
      assertFalse(keywords.contains(lower.replace('_', '-')),
          row.constant() + " hyphenated spells an IANA keyword");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Names shared by the well-known catalog and the IANA catalog

  @Test
  void wellKnownNamesExistInTheIanaCatalog() {
    Map<String, String> expected =
        Map.of(
            "DNS", "53 domain",
            "SMB", "445 microsoft-ds",
            "WHOIS", "43 nicname",
            "LPD", "515 printer",
            "SMTPS", "465 submissions");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      CuratedName name = name(e.getKey());
      assertEquals(e.getValue(), name.port() + " " + name.service(), e.getKey());
    }
    for (CatalogRow row : catalog) {
      if (row.constant().isEmpty() || row.service().isEmpty()) {
        continue;
      }
      boolean inIana =
          (ruleConstants.containsKey(row.constant())
                  && ruleConstants.get(row.constant()).covers(row.port()))
              || names.stream().anyMatch(n -> n.constant().equals(row.constant()));
      assertTrue(inIana, row.constant() + " has no counterpart in the IANA catalog");
    }
  }

  @Test
  void dicomRapSlpAndWinsEachMeanOnePortAcrossTheCatalogs() {
    Map<String, Set<Integer>> ports = constantsAcrossCatalogs();
    assertEquals(Set.of(11112), ports.get("DICOM"), "DICOM is IANA's dicom");
    assertEquals(Set.of(38), ports.get("RAP"), "RAP is IANA's rap");
    assertEquals(Set.of(427), ports.get("SLP"), "SLP is the Service Location Protocol");
    assertEquals(Set.of(1512), ports.get("WINS"), "WINS is IANA's wins");
    assertEquals(Set.of(104), ports.get("ACR_NEMA"));
    assertEquals(Set.of(56), ports.get("RAP_56"));
    assertEquals(Set.of(1605), ports.get("SLP_1605"));
    assertEquals(Set.of(42), ports.get("WINS_REPLICATION"));
  }

  @Test
  void theNamesDevelopersTypeExist() {
    Map<String, Integer> expected =
        Map.of(
            "DHCP_SERVER", 67,
            "DHCP_CLIENT", 68,
            "RDP", 3389,
            "VNC", 5900,
            "MSSQL", 1433,
            "HTTP_ALT", 8080,
            "HTTP_ALT_591", 591);
    Map<String, Set<Integer>> ports = constantsAcrossCatalogs();
    expected.forEach((constant, port) -> assertEquals(Set.of(port), ports.get(constant), constant));
    assertFalse(ports.containsKey("DYNAMIC"), "port 0 is ANY_PORT, not a PortRange look-alike");
    assertEquals(Set.of(0), ports.get("ANY_PORT"));
  }

  // ---------------------------------------------------------------------------------------------
  // naming-review.csv

  @Test
  void reviewRowsAreWellFormed() throws IOException {
    String text = Files.readString(BundledData.REVIEW, StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"), "LF line endings only");
    assertTrue(text.endsWith("\n"), "last line ends with LF");
    Set<String> seen = new TreeSet<>();
    Set<String> ranks = new TreeSet<>();
    for (ReviewRow row : review) {
      String where = "naming-review.csv line " + row.line();
      assertTrue(Set.of("tcp", "udp").contains(row.transport()), where + ": transport");
      assertTrue(seen.add(row.transport() + " " + row.port()), where + ": port reviewed twice");
      assertTrue(ranks.add(row.transport() + " " + row.rank()), where + ": rank twice");
      assertTrue(DECISIONS.contains(row.decision()), where + ": decision " + row.decision());
      assertFalse(row.nmapName().isEmpty(), where + ": nmap's name");
      assertFalse(row.reason().isBlank(), where + ": every decision has a reason");
      assertEquals(row.decision().equals("rejected"), row.constant().isEmpty(),
          where + ": a constant exactly when one is adopted or kept");
      for (String field : row.fields()) {
        assertEquals(field.strip(), field, where + ": no surrounding blanks");
      }
    }
    List<ReviewRow> sorted = new ArrayList<>(review);
    sorted.sort(
        Comparator.comparing((ReviewRow r) -> TRANSPORT_ORDER.indexOf(r.transport()))
            .thenComparingInt(ReviewRow::rank));
    assertEquals(sorted, review, "rows ordered by transport, then rank");
  }

  @Test
  void reviewRecordsIanasKeywordsOnEachPort() {
    for (ReviewRow row : review) {
      List<String> keywords = new ArrayList<>();
      for (IanaRecord r : iana) {
        if (r.name().isEmpty() || !r.transport().equals(row.transport()) || r.port().isEmpty()) {
          continue;
        }
        String[] bounds = r.port().split("-");
        boolean covers = Integer.parseInt(bounds[0]) <= row.port()
            && row.port() <= Integer.parseInt(bounds[bounds.length - 1]);
        if (covers && !keywords.contains(r.name())) {
          keywords.add(r.name());
        }
      }
      assertEquals(keywords, row.ianaKeywords(),
          "naming-review.csv line " + row.line() + ": IANA's keywords on " + row.port() + "/"
              + row.transport());
    }
  }

  @Test
  void everyReviewDecisionNamesARealConstant() {
    Map<String, Set<Integer>> ports = constantsAcrossCatalogs();
    for (ReviewRow row : review) {
      String where = "naming-review.csv line " + row.line() + " (" + row.constant() + ")";
      switch (row.decision()) {
        case "adopted" -> {
          CuratedName name = name(row.constant());
          assertEquals(row.port(), name.port(), where + ": port");
          assertTrue(name.transports().contains(row.transport()), where + ": transport");
        }
        case "kept" -> {
          boolean names = ports.getOrDefault(row.constant(), Set.of()).contains(row.port())
              || (ruleConstants.containsKey(row.constant())
                  && ruleConstants.get(row.constant()).covers(row.port()));
          assertTrue(names, where + ": no bundled constant of that name on " + row.port());
        }
        case "rejected" -> {
          // The reason says why; no constant (checked in reviewRowsAreWellFormed).
        }
        default -> fail(where + ": decision " + row.decision());
      }
    }
  }

  @Test
  void everyNameAbove1023IsBackedByTheReview() {
    Set<String> adopted = new TreeSet<>();
    for (ReviewRow row : review) {
      if (row.decision().equals("adopted")) {
        adopted.add(row.constant());
      }
    }
    Set<String> fromDefaults = new TreeSet<>();
    for (DefaultRow row : defaults) {
      fromDefaults.add(row.constant());
      RuleName ruleName = ruleConstants.get(row.constant());
      if (ruleName != null && !ruleName.covers(row.firstPort())) {
        fromDefaults.add(row.constant() + "_" + ruleName.firstPort());
      }
    }
    for (CuratedName name : names) {
      if (name.port() > 1023) {
        assertTrue(adopted.contains(name.constant()) || fromDefaults.contains(name.constant()),
            name.constant() + " is neither in the review nor a name of the software-defaults catalog");
      }
    }
    Map<String, String> required = new TreeMap<>();
    for (ReviewRow row : review) {
      required.put(row.transport() + " " + row.port(), row.decision() + " " + row.constant());
    }
    assertEquals("adopted DHCP_SERVER", required.get("udp 67"));
    assertEquals("adopted DHCP_CLIENT", required.get("udp 68"));
    assertEquals("adopted RDP", required.get("tcp 3389"));
    assertEquals("adopted VNC", required.get("tcp 5900"));
    assertEquals("adopted MSSQL", required.get("tcp 1433"));
    assertEquals("adopted HTTP_ALT", required.get("tcp 8080"));
    assertEquals("adopted HTTP_ALT_591", required.get("tcp 591"));
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static CuratedName name(String constant) {
    return names.stream()
        .filter(n -> n.constant().equals(constant))
        .findFirst()
        .orElseThrow(() -> new AssertionError("names.csv has no " + constant));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = NamingLayerTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
