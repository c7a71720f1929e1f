package io.portolan.benchmarks.baseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The other baseline: what the C library's {@code getservbyport} and {@code getservbyname} do with
 * {@code /etc/services}: a list of parsed lines scanned front to back, the first match wins. Any
 * protocol matches (a null {@code proto}). Names are compared ignoring case (stored lower-case, the
 * name looked up lower-cased once), to keep the generated lookups' contract; glibc compares them
 * exactly.
 */
public final class ServicesTable {
  /** The file this baseline reads: Debian netbase 6.4's {@code /etc/services}. */
  public static final String ETC_SERVICES = "/io/portolan/benchmarks/debian-netbase-6.4-services";

  /** One line: {@code name port/protocol [aliases...]}; {@code lastPort} is {@code port} but for IANA ranges. */
  public record Line(String name, int port, int lastPort, String protocol, String[] aliases) {}

  private final List<Line> lines;

  private ServicesTable(List<Line> lines) {
    this.lines = lines;
  }

  /** The first line for {@code port}, or null: {@code getservbyport(port, NULL)}. */
  public Line byPort(int port) {
    for (int i = 0, n = lines.size(); i < n; i++) {
      Line line = lines.get(i);
      if (line.port <= port && port <= line.lastPort) {
        return line;
      }
    }
    return null;
  }

  /** The first line with {@code name} as its name or an alias, ignoring case, or null: {@code getservbyname(name, NULL)}. */
  public Line byName(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (int i = 0, n = lines.size(); i < n; i++) {
      Line line = lines.get(i);
      if (line.name.equals(key)) {
        return line;
      }
      for (String alias : line.aliases) {
        if (alias.equals(key)) {
          return line;
        }
      }
    }
    return null;
  }

  /** How many lines the table has. */
  public int size() {
    return lines.size();
  }

  /** Reads and parses the Debian {@code /etc/services} copy. */
  public static ServicesTable etcServices() {
    InputStream in = ServicesTable.class.getResourceAsStream(ETC_SERVICES);
    if (in == null) {
      throw new IllegalStateException("no resource " + ETC_SERVICES);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code /etc/services} lines: {@code name port/protocol [aliases...] [# comment]}. */
  public static ServicesTable parse(BufferedReader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      int hash = text.indexOf('#');
      String[] words = (hash < 0 ? text : text.substring(0, hash)).trim().split("\\s+");
      if (words.length < 2 || words[0].isEmpty()) {
        continue;
      }
      int slash = words[1].indexOf('/');
      if (slash < 0) {
        continue;
      }
      int port = Integer.parseInt(words[1].substring(0, slash));
      String[] aliases = new String[words.length - 2];
      for (int i = 2; i < words.length; i++) {
        aliases[i - 2] = words[i].toLowerCase(Locale.ROOT);
      }
      lines.add(new Line(words[0].toLowerCase(Locale.ROOT), port, port, words[1].substring(slash + 1), aliases));
    }
    return new ServicesTable(lines);
  }

  /**
   * The IANA registry as an {@code /etc/services}-style table: one line per row of the CSV that has
   * a name and a port, in the registry's order (by port), as if a system listed the whole registry.
   */
  public static ServicesTable fromIana(CsvPortMaps iana) {
    List<Line> lines = new ArrayList<>();
    for (CsvPortMaps.Entry entry : iana.entries()) {
      lines.add(new Line(entry.name().toLowerCase(Locale.ROOT), entry.first(), entry.last(), entry.protocol(),
          new String[0]));
    }
    return new ServicesTable(lines);
  }
}
