package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles a real {@code /etc/services} (Debian netbase 6.4) and checks that its lookups agree with
 * what the C library's {@code getservbyname} and {@code getservbyport} answer for the same file,
 * asked through {@code getent services}. Runs where the machine's {@code /etc/services} is that
 * very file.
 */
class ServicesParityTest {
  private static final String FILE = "debian-netbase-6.4-services";
  private static LoadedCatalog catalog;
  private static Path table;

  @BeforeAll
  static void compile() throws URISyntaxException {
    table = Path.of(ServicesParityTest.class.getClassLoader().getResource("tables/" + FILE).toURI());
    Compilation compilation = Compilations.compile(table.getParent(), Compilations.packageInfo("test.services",
        "@PortCatalog(source = \"" + FILE + "\", format = PortCatalog.Format.SERVICES, typeName = \"DebianPort\")"));
    // Two names of the file are claimed by two services; the C library, and so the catalog, give
    // the first in the file, and the processor says so.
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    assertEquals(List.of(
            Message.SHADOWED_NAME.format("syslog", "SYSLOG", "SHELL", FILE + ":107"),
            Message.SHADOWED_NAME.format("dicom", "DICOM", "ACR_NEMA", FILE + ":43")),
        Compilations.messages(compilation, javax.tools.Diagnostic.Kind.WARNING).stream()
            .map(message -> message.substring(message.indexOf('[')))
            .toList());
    catalog = new LoadedCatalog(Compilations.classLoader(compilation), "test.services.DebianPort");
  }

  /** One line of the file: the name, its aliases, the port and protocol. */
  private record Entry(String name, List<String> aliases, int port, String protocol) {}

  @Test
  void everyIpEntryOfTheFileIsInTheCatalog() throws IOException {
    for (Entry entry : entries()) {
      if (entry.protocol().equals("ddp")) {
        continue;
      }
      Transport transport = Transport.ofKeyword(entry.protocol());
      boolean found = catalog.byNumber(entry.port()).stream()
          .anyMatch(service -> service.serviceName().equals(entry.name()) && service.supports(transport));
      assertEquals(true, found, () -> entry + " is missing");
    }
  }

  @Test
  void lookupsAgreeWithTheCLibrary() throws Exception {
    assumeTrue(sameFile(Path.of("/etc/services")), "/etc/services is not " + FILE);
    assumeTrue(getent("ssh").isPresent(), "getent does not answer");
    Set<String> names = new LinkedHashSet<>();
    Set<String> portsAndProtocols = new LinkedHashSet<>();
    for (Entry entry : entries()) {
      if (entry.protocol().equals("ddp")) {
        continue;
      }
      names.add(entry.name());
      names.addAll(entry.aliases());
      portsAndProtocols.add(entry.port() + "/" + entry.protocol());
    }
    List<String> disagreements = new ArrayList<>();
    for (String name : names) {
      String expected = getent(name).orElse("none");
      String actual = catalog.byServiceName(name).map(ServicesParityTest::describe).orElse("none");
      if (!expected.equals(actual)) {
        disagreements.add("getservbyname(" + name + "): C library " + expected + ", catalog " + actual);
      }
    }
    for (String portAndProtocol : portsAndProtocols) {
      String[] parts = portAndProtocol.split("/");
      Transport transport = Transport.ofKeyword(parts[1]);
      String expected = getent(portAndProtocol).map(answer -> answer.split(" ")[0]).orElse("none");
      String actual = catalog.byNumber(Integer.parseInt(parts[0])).stream()
          .filter(service -> service.supports(transport))
          .findFirst()
          .map(ServicePort::serviceName)
          .orElse("none");
      if (!expected.equals(actual)) {
        disagreements.add("getservbyport(" + portAndProtocol + "): C library " + expected + ", catalog " + actual);
      }
    }
    assertEquals(List.of(), disagreements);
    assertEquals(true, names.size() > 300, "names checked: " + names.size());
  }

  private static String describe(ServicePort service) {
    return service.serviceName() + " " + service.number();
  }

  /** Returns {@code name port} as {@code getent services key} answers, or empty if it finds nothing. */
  private static Optional<String> getent(String key) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("getent", "services", key).redirectErrorStream(true).start();
    } catch (IOException noGetent) {
      return Optional.empty();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0 || output.isEmpty()) {
      return Optional.empty();
    }
    String[] fields = output.split("\\s+");
    return Optional.of(fields[0] + " " + fields[1].substring(0, fields[1].indexOf('/')));
  }

  private static List<Entry> entries() throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(table)) {
      String content = line.replaceAll("#.*", "").strip();
      if (content.isEmpty()) {
        continue;
      }
      String[] fields = content.split("\\s+");
      String[] portAndProtocol = fields[1].split("/");
      entries.add(new Entry(fields[0], List.of(fields).subList(2, fields.length),
          Integer.parseInt(portAndProtocol[0]), portAndProtocol[1]));
    }
    return entries;
  }

  private static boolean sameFile(Path other) throws IOException, NoSuchAlgorithmException {
    if (!Files.isReadable(other)) {
      return false;
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    return MessageDigest.isEqual(sha.digest(Files.readAllBytes(table)), sha.digest(Files.readAllBytes(other)));
  }
}
