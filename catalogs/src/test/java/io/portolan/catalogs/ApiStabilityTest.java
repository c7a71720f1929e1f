package io.portolan.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stability gate: the committed lists {@code api/WellKnownPorts.txt}, {@code api/IanaPorts.txt} and
 * {@code api/DefaultPorts.txt} against the constants this build generated. A listed constant that disappears or changes its
 * number fails the build; so does a new constant that is not listed yet. With
 * {@code -Dportolan.updateApi=true} the new constants are added to the lists (nothing is removed or
 * changed) and only what breaks users fails.
 */
class ApiStabilityTest {
  private static final String IANA_RETIRE = "add its row, with the constant's name in the constant column,"
      + " to data/src/main/resources/io/portolan/data/iana-retired.csv, which keeps it as a deprecated constant"
      + " (data/update-registry.sh writes these rows for a registry update; see data/README.md)";
  private static final String WELL_KNOWN_RETIRE = "the curated catalog keeps no retired names yet, so restore"
      + " its row in data/src/main/resources/io/portolan/data/well-known.csv (before the first release, a reviewed"
      + " change may instead remove the line from api/WellKnownPorts.txt)";

  private static final String DEFAULTS_RETIRE = "restore its row in"
      + " data/src/main/resources/io/portolan/data/defaults.csv: a product's default that changes keeps its"
      + " constant, with a new row for the new port under a name of its own (before the first release, a reviewed"
      + " change may instead remove the line from api/DefaultPorts.txt)";

  @Test
  void defaultPortsKeepsEveryListedConstant() throws Exception {
    check("DefaultPorts", DefaultPorts.class, DefaultPort.class, DEFAULTS_RETIRE);
  }

  @Test
  void wellKnownPortsKeepsEveryListedConstant() throws Exception {
    check("WellKnownPorts", WellKnownPorts.class, WellKnownPort.class, WELL_KNOWN_RETIRE);
  }

  @Test
  void ianaPortsKeepsEveryListedConstant() throws Exception {
    check("IanaPorts", IanaPorts.class, IanaPort.class, IANA_RETIRE);
  }

  private static void check(String type, Class<?> constants, Class<?> typed, String retire) throws Exception {
    Path file = Path.of("api", type + ".txt");
    boolean update = Boolean.getBoolean("portolan.updateApi");
    List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    if (lines.isEmpty() && !update) {
      throw new AssertionError(file.toAbsolutePath() + " is missing; create it with: " + ApiList.UPDATE_COMMAND);
    }
    Map<String, String> listed = ApiList.parse(file.toString(), lines);
    Map<String, String> generated = ApiList.generated(constants, typed);
    List<String> unlisted = ApiList.unlisted(listed, generated);
    if (update && !unlisted.isEmpty()) {
      List<String> all = new ArrayList<>(lines.isEmpty() ? header(type) : lines);
      all.addAll(unlisted);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, all, StandardCharsets.UTF_8);
      unlisted = List.of();
    }
    List<String> problems = new ArrayList<>(ApiList.breaking(type, listed, generated, retire));
    if (!unlisted.isEmpty()) {
      problems.add(ApiList.unlistedMessage(type, unlisted));
    }
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
  }

  private static List<String> header(String type) {
    return List.of(
        "# The public constants of io.portolan.catalogs." + type + " and their numbers (first-last for a range),",
        "# which users' class files hold. ApiStabilityTest fails the build when one of them disappears or",
        "# changes its number, and when a generated constant is missing here. New constants are added with",
        "#   " + ApiList.UPDATE_COMMAND,
        "# which only ever adds lines.");
  }

  // The checks themselves, on small inputs: each must be able to fail.

  private static Map<String, String> map(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void aVanishedConstantBreaksAndTheMessageSaysWhatToDo() {
    Map<String, String> listed = ApiList.parse("t", List.of("# comment", "SSH 22", "PMCDPROXY 44322", ""));
    List<String> problems = ApiList.breaking("IanaPorts", listed, map("SSH", "22"), IANA_RETIRE);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("IanaPorts.PMCDPROXY (44322) is listed in api/IanaPorts.txt but no longer"
        + " generated"), problems.get(0));
    assertTrue(problems.get(0).contains("iana-retired.csv"), problems.get(0));
  }

  @Test
  void aRenumberedConstantBreaksAndTheMessageNamesBothNumbers() {
    Map<String, String> listed = map("SSH", "22", "X11", "6000-6063");
    List<String> problems = ApiList.breaking("WellKnownPorts", listed, map("SSH", "2222", "X11", "6000-6063"),
        WELL_KNOWN_RETIRE);
    assertEquals(List.of("WellKnownPorts.SSH changed its number from 22 to 2222: code compiled against it keeps 22"
        + " inlined. Restore the number 22 under this name and give the new port another constant, or keep SSH as a"
        + " deprecated constant: " + WELL_KNOWN_RETIRE), problems);
    assertEquals(1, ApiList.breaking("WellKnownPorts", listed, map("SSH", "22", "X11", "6000-6062"),
        WELL_KNOWN_RETIRE).size(), "the end of a range counts");
  }

  @Test
  void anUnlistedConstantIsReportedWithTheCommandThatAddsIt() {
    List<String> unlisted = ApiList.unlisted(map("SSH", "22"), map("SSH", "22", "NEW_ONE", "1234", "B", "5"));
    assertEquals(List.of("NEW_ONE 1234", "B 5"), unlisted);
    String message = ApiList.unlistedMessage("IanaPorts", unlisted);
    assertTrue(message.startsWith("2 public constant(s) of IanaPorts are not in api/IanaPorts.txt"), message);
    assertTrue(message.endsWith(ApiList.UPDATE_COMMAND), message);
    assertEquals(List.of(), ApiList.unlisted(map("SSH", "22", "GONE", "1"), map("SSH", "22")));
  }

  @Test
  void aMalformedOrRepeatedLineIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ApiList.parse("t", List.of("SSH")));
    assertThrows(IllegalArgumentException.class, () -> ApiList.parse("t", List.of("SSH twenty-two")));
    IllegalArgumentException repeated =
        assertThrows(IllegalArgumentException.class, () -> ApiList.parse("t", List.of("SSH 22", "SSH 23")));
    assertEquals("t:2: SSH is listed twice", repeated.getMessage());
  }

  /** The real lists and the real catalogs, each changed the way a bad update would change them. */
  @Test
  void theGateFailsOnTheCommittedListsWhenARetiredNameOrANumberChanges() throws Exception {
    Map<String, String> listed = ApiList.parse("IanaPorts.txt", Files.readAllLines(Path.of("api", "IanaPorts.txt")));
    Map<String, String> generated = ApiList.generated(IanaPorts.class, IanaPort.class);
    assertEquals(List.of(), ApiList.breaking("IanaPorts", listed, generated, IANA_RETIRE));

    Map<String, String> withoutRetiredRow = new LinkedHashMap<>(generated);
    withoutRetiredRow.remove("PMCDPROXY");
    List<String> vanished = ApiList.breaking("IanaPorts", listed, withoutRetiredRow, IANA_RETIRE);
    assertEquals(1, vanished.size());
    assertTrue(vanished.get(0).startsWith("IanaPorts.PMCDPROXY (44322) is listed"), vanished.get(0));

    Map<String, String> renumbered = new LinkedHashMap<>(generated);
    renumbered.put("POSTGRESQL", "5433");
    assertEquals(1, ApiList.breaking("IanaPorts", listed, renumbered, IANA_RETIRE).size());

    Map<String, String> wellKnown =
        ApiList.parse("WellKnownPorts.txt", Files.readAllLines(Path.of("api", "WellKnownPorts.txt")));
    Map<String, String> renamed = new LinkedHashMap<>(ApiList.generated(WellKnownPorts.class, WellKnownPort.class));
    renamed.put("ANOTHER_NAME", renamed.remove("SSH"));
    assertTrue(ApiList.breaking("WellKnownPorts", wellKnown, renamed, WELL_KNOWN_RETIRE).get(0)
        .startsWith("WellKnownPorts.SSH (22) is listed"));
    assertEquals(List.of("ANOTHER_NAME 22"), ApiList.unlisted(wellKnown, renamed));
  }

  @Test
  void theListsHoldTheDeprecatedConstants() throws IOException {
    Map<String, String> listed = ApiList.parse("IanaPorts.txt", Files.readAllLines(Path.of("api", "IanaPorts.txt")));
    assertEquals("2", listed.get("COMPRESSNET"));
    assertEquals("3", listed.get("COMPRESSNET_3"));
    assertEquals("831", listed.get("NETCONF_BEEP"));
  }
}
