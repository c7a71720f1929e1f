package io.portolan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.catalogs.IanaPorts;
import io.portolan.catalogs.WellKnownPort;
import io.portolan.catalogs.WellKnownPorts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs {@code portinfo} as a user would and reads what it prints. */
class PortInfoTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private List<Subcommand> subcommands = List.of();

  private int portinfo(String... args) {
    return new PortInfo(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), subcommands).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private List<String> rows() {
    List<String> lines = out().lines().toList();
    assertTrue(lines.get(0).startsWith("PORT"), "header first: " + lines);
    return lines.subList(1, lines.size());
  }

  /** The first column of each row: a port or a range. */
  private List<String> ports() {
    return rows().stream().map(row -> row.split(" +")[0]).toList();
  }

  /** The second column of each row. */
  private List<String> constants() {
    return rows().stream().map(row -> row.split(" +")[1]).toList();
  }

  @Test
  void aNameFindsItsService() {
    assertEquals(PortInfo.FOUND, portinfo("ssh"));
    List<String> rows = rows();
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).matches("22 +SSH +ssh +tcp,udp,sctp +official +Secure Shell.*\\[encrypted]"), rows.get(0));
    assertEquals("", err());
  }

  @Test
  void aPortWithLeadingZerosIsThatPort() {
    assertEquals(PortInfo.FOUND, portinfo("0000022", "022"));
    assertEquals(List.of("22"), ports());
  }

  @Test
  void descriptionsWithLineBreaksStayOnTheirRow() {
    assertEquals(PortInfo.FOUND, portinfo("63", "66"));
    for (String row : rows()) {
      assertTrue(row.matches("(63|66) .*"), "every line is a row of its own: " + row);
    }
  }

  @Test
  void argumentsAreEchoedEscaped() {
    assertEquals(PortInfo.NOT_FOUND, portinfo("no\u001b]0;title\u0007such"));
    assertTrue(err().contains("no\\u001b]0;title\\u0007such"), err());
    assertTrue(err().chars().noneMatch(c -> c < 0x20 && c != '\n'), err());
    assertEquals(PortInfo.USAGE, portinfo("--\u202ex"));
    assertFalse(err().contains("\u202e"), err());
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnError() {
    java.io.OutputStream full = new java.io.OutputStream() {
      @Override
      public void write(int b) throws java.io.IOException {
        throw new java.io.IOException("No space left on device");
      }
    };
    int status = new PortInfo(new PrintStream(full, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), subcommands).run("ssh");
    assertEquals(PortInfo.CANNOT_WRITE, status);
    assertTrue(err().contains("cannot write"), err());
  }

  @Test
  void theSoftwaresNameFindsItsDefaultPort() {
    assertEquals(PortInfo.FOUND, portinfo("kafka"));
    List<String> rows = rows();
    assertEquals(1, rows.size(), rows::toString);
    assertTrue(rows.get(0).matches("9092 +KAFKA +kafka +tcp +unofficial +Kafka broker.*"), rows.get(0));
  }

  @Test
  void aPortShowsTheSoftwaresDefaultBesideTheRegistrysService() {
    assertEquals(PortInfo.FOUND, portinfo("9092"));
    List<String> constants = rows().stream().map(row -> row.split(" +")[1]).toList();
    assertEquals(List.of("KAFKA", "REDPANDA", "XMLIPCREGSVC"), constants, "Redpanda speaks Kafka's protocol on its port");
  }

  @Test
  void aRegisteredServiceTheSoftwareCatalogShowsIsPrintedOnce() {
    assertEquals(PortInfo.FOUND, portinfo("--json", "1433"));
    assertTrue(out().contains("\"constant\": \"MSSQL\"") && out().contains("\"catalog\": \"defaults\""), out());
    assertFalse(out().contains("MS_SQL_S"), out());
  }

  @Test
  void aCuratedConstantFindsItsService() {
    assertEquals(PortInfo.FOUND, portinfo("HTTP_ALT", "dhcp_server"));
    assertEquals(List.of("8080", "67"), ports());
  }

  @Test
  void searchFindsProductsByName() {
    assertEquals(PortInfo.FOUND, portinfo("--search", "elasticsearch"));
    List<String> constants = rows().stream().map(row -> row.split(" +")[1]).toList();
    assertTrue(constants.containsAll(List.of("ELASTICSEARCH", "ELASTICSEARCH_TRANSPORT")), constants::toString);
  }

  @Test
  void namesIgnoreCaseAndIncludeIanaNamesAndAliases() {
    assertEquals(PortInfo.FOUND, portinfo("DOMAIN"));
    assertTrue(rows().get(0).startsWith("53 "), this::out);
  }

  @Test
  void aNumberListsEveryServiceOnThePortOfficialFirst() {
    // 9: Discard is assigned on tcp and udp; Wake-on-LAN's use of 9/udp is not.
    assertEquals(PortInfo.FOUND, portinfo("9"));
    List<String> rows = rows();
    assertEquals(2, rows.size(), rows::toString);
    assertTrue(rows.get(0).contains(" DISCARD ") && rows.get(0).contains("official"), rows.get(0));
    assertTrue(rows.get(1).contains(" WAKE_ON_LAN ") && rows.get(1).contains("unofficial"), rows.get(1));
  }

  @Test
  void quicOnPort80IsItsOwnServiceAndNotPlainText() {
    assertEquals(PortInfo.FOUND, portinfo("80"));
    List<String> rows = rows();
    assertEquals(2, rows.size(), rows::toString);
    assertTrue(rows.get(0).contains(" HTTP "), rows.get(0));
    assertTrue(rows.get(1).contains(" QUIC_HTTP "), rows.get(1));
    assertTrue(!rows.get(1).contains("[plain text]"), "QUIC is not plain-text TCP: " + rows.get(1));
  }

  @Test
  void theRegistryAnswersWhatTheWellKnownTableDoesNotKnow() {
    assertEquals(PortInfo.FOUND, portinfo("5432"));
    assertTrue(rows().get(0).matches("5432 +POSTGRESQL +postgresql .*"), this::out);
    out.reset();
    assertEquals(PortInfo.FOUND, portinfo("6005"));
    assertTrue(rows().get(0).matches("6000-6063 +X11 +x11 .*"), this::out);
  }

  @Test
  void severalQueriesPrintOneTableInTheirOrder() {
    assertEquals(PortInfo.FOUND, portinfo("https", "53", "ssh"));
    assertEquals(List.of("HTTPS", "DNS", "SSH"), constants());
  }

  @Test
  void aServiceTwoQueriesFindIsPrintedOnce() {
    assertEquals(PortInfo.FOUND, portinfo("ssh", "22", "SSH"));
    assertEquals(List.of("SSH"), constants());
  }

  @Test
  void aQueryThatFindsNothingFailsButTheOthersArePrinted() {
    assertEquals(PortInfo.NOT_FOUND, portinfo("ssh", "no-such-service", "4"));
    assertEquals(List.of("SSH"), constants());
    assertTrue(err().contains("no service is named \"no-such-service\""), this::err);
    assertTrue(err().contains("no known service uses port 4"), this::err);
  }

  @Test
  void aRangeListsTheServicesOnItsPortsByPort() {
    assertEquals(PortInfo.FOUND, portinfo("20-23"));
    assertEquals(List.of("20", "21", "22", "23"), ports());
    assertEquals(List.of("FTP_DATA", "FTP", "SSH", "TELNET"), constants());
  }

  @Test
  void aRangeFindsTheRegistrysServicesAndRangesThatOverlapIt() {
    assertEquals(PortInfo.FOUND, portinfo("6000-6010"));
    List<String> ports = ports();
    assertTrue(ports.contains("6000-6063"), ports::toString);
    for (String port : ports) {
      String[] bounds = port.split("-");
      int first = Integer.parseInt(bounds[0]);
      int last = Integer.parseInt(bounds[bounds.length - 1]);
      assertTrue(first <= 6010 && last >= 6000, port + " is outside 6000-6010");
    }
    List<Integer> firsts = ports.stream().map(port -> Integer.parseInt(port.split("-")[0])).toList();
    List<Integer> sorted = new ArrayList<>(firsts);
    sorted.sort(null);
    assertEquals(sorted, firsts, "by port");
  }

  @Test
  void aRangeWithoutServicesFails() {
    // 1023 is reserved in the well-known table; ranges in the dynamic ports are mostly unassigned.
    assertEquals(PortInfo.NOT_FOUND, portinfo("65530-65535"));
    assertEquals("", out());
    assertTrue(err().contains("no known service uses a port in 65530-65535"), this::err);
  }

  @Test
  void badRangesAreUsageErrors() {
    assertEquals(PortInfo.USAGE, portinfo("6010-6000"));
    assertTrue(err().contains("6010-6000 is not a range of port numbers"), this::err);
    assertEquals(PortInfo.USAGE, portinfo("0-65536"));
    assertEquals(PortInfo.USAGE, portinfo("ssh", "99999999999999999999"));
    assertEquals("", out());
  }

  @Test
  void searchFindsTheWordInNamesAndDescriptionsIgnoringCase() {
    assertEquals(PortInfo.FOUND, portinfo("--search", "MAIL"));
    List<String> rows = rows();
    for (String row : rows) {
      assertTrue(row.toLowerCase(Locale.ROOT).contains("mail"), row);
    }
    List<String> constants = constants();
    assertTrue(constants.contains("SMTP"), "25's description names mail: " + constants);
    assertTrue(constants.contains("XNS_MAIL"), "a name: " + constants);
    assertTrue(ports().stream().anyMatch(port -> Integer.parseInt(port.split("-")[0]) > 1023),
        "the registry's services on the ports above 1023 too: " + rows);
    assertEquals(constants.size(), constants.stream().distinct().count(), "each once: " + constants);
  }

  @Test
  void searchPrefersTheWellKnownCatalogOnThePortsItKnows() {
    assertEquals(PortInfo.FOUND, portinfo("--search", "ssh"));
    assertEquals(1, constants().stream().filter(constant -> constant.equals("SSH")).count(), this::out);
  }

  @Test
  void searchWithoutAMatchFails() {
    assertEquals(PortInfo.NOT_FOUND, portinfo("--search", "zzyzx-no-such-word"));
    assertEquals("", out());
    assertTrue(err().contains("no service name or description contains \"zzyzx-no-such-word\""), this::err);
  }

  @Test
  void jsonPrintsOneObjectAServiceWithEveryField() {
    assertEquals(PortInfo.FOUND, portinfo("--json", "80", "5432"));
    List<String> lines = out().lines().toList();
    assertEquals(List.of("[",
        "  {\"port\": 80, \"lastPort\": 80, \"constant\": \"HTTP\", \"service\": \"http\","
            + " \"transports\": [\"tcp\", \"udp\", \"sctp\"], \"status\": \"official\","
            + " \"description\": \"Hypertext Transfer Protocol (HTTP)\", \"catalog\": \"well-known\"},",
        "  {\"port\": 80, \"lastPort\": 80, \"constant\": \"QUIC_HTTP\", \"service\": \"http\","
            + " \"transports\": [\"udp\"], \"status\": \"official\","
            + " \"description\": \"QUIC (from Chromium) for HTTP\", \"catalog\": \"well-known\"},"),
        lines.subList(0, 3));
    assertTrue(lines.get(3).matches("  \\{\"port\": 5432, \"lastPort\": 5432, \"constant\": \"POSTGRESQL\","
        + " \"service\": \"postgresql\", .*\"catalog\": \"defaults\"}"), lines.get(3));
    assertEquals("]", lines.get(4));
    assertEquals(5, lines.size());
  }

  @Test
  void jsonShowsRangesAndPrintsAnEmptyArrayWhenNothingIsFound() {
    assertEquals(PortInfo.FOUND, portinfo("x11", "--json"));
    assertTrue(out().contains("{\"port\": 6000, \"lastPort\": 6063, \"constant\": \"X11\""), this::out);
    out.reset();
    assertEquals(PortInfo.NOT_FOUND, portinfo("--json", "no-such-service"));
    assertEquals("[]\n", out().replace("\r\n", "\n"));
  }

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
    assertEquals("\"a \\\"quoted\\\" \\\\ path\"", Listing.string("a \"quoted\" \\ path"));
    assertEquals("\"line\\nbreak\\r\\ttab\\u0001\\u001f\"", Listing.string("line\nbreak\r\ttab\u0001\u001f"));
    assertEquals("\"Secure Shell \\u2014 \\u00e9 \\u007f\"", Listing.string("Secure Shell \u2014 \u00e9 \u007f"));
  }

  @Test
  void jsonIsPlainAscii() {
    assertEquals(PortInfo.FOUND, portinfo("--json", "ssh"));
    assertTrue(out().contains("\"description\": \"Secure Shell (SSH)\\u2014used for secure logins"), this::out);
    assertTrue(out().chars().allMatch(c -> c < 0x80), this::out);
  }

  @Test
  void listPrintsTheWholeWellKnownCatalog() {
    assertEquals(PortInfo.FOUND, portinfo("--list"));
    assertEquals(WellKnownPort.values().length, rows().size());
  }

  @Test
  void versionNamesTheBuildsVersionAndTheCatalogs() {
    assertEquals(PortInfo.FOUND, portinfo("--version"));
    String version = out().strip();
    assertTrue(version.matches("portinfo [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)? \\(catalogs portolan:well-known,"
        + " portolan:defaults, portolan:iana of [0-9]{4}-[0-9]{2}-[0-9]{2}\\)"), version);
  }

  @Test
  void helpListsEveryFormAndOptionAndTheExitStatuses() {
    assertEquals(PortInfo.FOUND, portinfo("--help"));
    String help = out();
    for (String word : List.of("NAME", "PORT", "FROM-TO", "--search WORD", "--list", "--json", "--version",
        "--help", "portinfo ssh", "portinfo 22", "portinfo 6000-6010", "portinfo --search mail",
        "0 when every query", "1 when one found nothing", "2 on a usage error")) {
      assertTrue(help.contains(word), "--help says " + word + ":\n" + help);
    }
    assertEquals("", err());
    out.reset();
    assertEquals(PortInfo.FOUND, portinfo("-h"));
    assertEquals(help, out());
  }

  @Test
  void commandLinesItDoesNotUnderstandAreUsageErrors() {
    assertEquals(PortInfo.USAGE, portinfo());
    assertTrue(err().contains("nothing to look up") && err().contains("usage: portinfo"), this::err);
    assertEquals(PortInfo.USAGE, portinfo("--frobnicate", "ssh"));
    assertTrue(err().contains("unknown option \"--frobnicate\""), this::err);
    assertEquals(PortInfo.USAGE, portinfo("--search"));
    assertTrue(err().contains("--search needs a word"), this::err);
    assertEquals(PortInfo.USAGE, portinfo("--list", "ssh"));
    assertEquals(PortInfo.USAGE, portinfo("70000"));
    assertTrue(err().contains("70000 is not a port number (0-65535)"), this::err);
    assertEquals(PortInfo.USAGE, portinfo(""));
    assertTrue(err().contains("an empty argument"), this::err);
    assertEquals("", out());
  }

  @Test
  void aFirstWordThatNamesASubcommandRunsIt() {
    List<List<String>> calls = new ArrayList<>();
    subcommands = List.of(new Subcommand() {
      @Override
      public String name() {
        return "echo";
      }

      @Override
      public String synopsis() {
        return "WORDS...";
      }

      @Override
      public String summary() {
        return "prints its words";
      }

      @Override
      public int run(List<String> args, PrintStream to, PrintStream errors) {
        calls.add(args);
        to.println(String.join(" ", args));
        return 7;
      }
    });
    assertEquals(7, portinfo("echo", "ssh", "--json"));
    assertEquals(List.of(List.of("ssh", "--json")), calls);
    assertEquals("ssh --json", out().strip());
    out.reset();
    assertEquals(PortInfo.FOUND, portinfo("ssh", "echo"), "only the first word selects a subcommand");
    assertEquals(1, calls.size());
    out.reset();
    assertEquals(PortInfo.FOUND, portinfo("--help"));
    assertTrue(out().contains("portinfo echo WORDS...") && out().contains("prints its words"), this::out);
  }

  @Test
  void theGeneratedConstantsAreCompileTimeConstants() {
    assertEquals(22, PortInfo.class.getAnnotation(PortInfo.Example.class).value());
    assertEquals(WellKnownPort.SSH.number(), WellKnownPorts.SSH);
    assertEquals(5432, IanaPorts.POSTGRESQL);
    assertFalse(Catalogs.byNumber(WellKnownPorts.SSH).isEmpty());
  }
}
