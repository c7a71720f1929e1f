package io.portolan.benchmarks.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The baseline a user writes without Portolan: parse a port table at run time with Apache Commons
 * CSV into a {@code HashMap<Integer, List<Entry>>} by port and a {@code HashMap<String, Entry>} by
 * lower-case name, then look ports and names up in them, with the same contract as the generated
 * lookups (every entry on a port; names ignoring case, the first row that has a name wins).
 */
public final class CsvPortMaps {
  /**
   * One row of the table. (A plain class rather than a record, so that JOL can walk it: the JDK
   * refuses {@code Unsafe.objectFieldOffset} on record fields.)
   */
  public static final class Entry {
    private final String name;
    private final int first;
    private final int last;
    private final String protocol;
    private final String description;

    Entry(String name, int first, int last, String protocol, String description) {
      this.name = name;
      this.first = first;
      this.last = last;
      this.protocol = protocol;
      this.description = description;
    }

    public String name() {
      return name;
    }

    public int first() {
      return first;
    }

    public int last() {
      return last;
    }

    public String protocol() {
      return protocol;
    }

    public String description() {
      return description;
    }

    @Override
    public String toString() {
      return name + " " + first + (last == first ? "" : "-" + last) + "/" + protocol;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Map<Integer, List<Entry>> byNumber = new HashMap<>();
  private final Map<String, Entry> byName = new HashMap<>();

  private CsvPortMaps() {}

  /** Every entry on {@code port}; empty when there is none. */
  public List<Entry> byNumber(int port) {
    return byNumber.getOrDefault(port, Collections.emptyList());
  }

  /** The entry named {@code name}, ignoring case. */
  public Optional<Entry> byServiceName(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The entries in table order. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The maps, for measuring their footprint. */
  public Object[] maps() {
    return new Object[] {byNumber, byName};
  }

  /** Parses the IANA registry CSV that portolan-data bundles (the same file the processor reads). */
  public static CsvPortMaps iana() {
    try (Reader reader = resource("/io/portolan/data/iana.csv")) {
      return parseIana(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses the bundled well-known ports CSV (Portolan's own format). */
  public static CsvPortMaps wellKnown() {
    try (Reader reader = resource("/io/portolan/data/well-known.csv")) {
      return parseWellKnown(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the IANA CSV: {@code Service Name,Port Number,Transport Protocol,Description,...}; rows
   * without a name or a port are skipped; a range {@code 6000-6063} is entered under each port.
   */
  public static CsvPortMaps parseIana(Reader reader) throws IOException {
    CsvPortMaps maps = new CsvPortMaps();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord record : format.parse(reader)) {
      String name = record.get("Service Name");
      String port = record.get("Port Number");
      if (name.isEmpty() || port.isEmpty()) {
        continue;
      }
      int dash = port.indexOf('-');
      int first = Integer.parseInt(dash < 0 ? port : port.substring(0, dash));
      int last = dash < 0 ? first : Integer.parseInt(port.substring(dash + 1));
      Entry entry = new Entry(name, first, last, record.get("Transport Protocol"), record.get("Description"));
      maps.add(entry, List.of(name));
    }
    return maps;
  }

  /** Parses Portolan's CSV: {@code port,transports,constant,service,aliases,...} after {@code #} comments. */
  public static CsvPortMaps parseWellKnown(Reader reader) throws IOException {
    CsvPortMaps maps = new CsvPortMaps();
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setCommentMarker('#').setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    for (CSVRecord record : format.parse(reader)) {
      String port = record.get("port");
      String constant = record.get("constant");
      String service = record.get("service");
      int dash = port.indexOf('-');
      int first = Integer.parseInt(dash < 0 ? port : port.substring(0, dash));
      int last = dash < 0 ? first : Integer.parseInt(port.substring(dash + 1));
      List<String> names = new ArrayList<>();
      if (!constant.isEmpty()) {
        names.add(constant);
      }
      if (!service.isEmpty()) {
        names.add(service);
      }
      String aliases = record.get("aliases");
      if (!aliases.isBlank()) {
        names.addAll(List.of(aliases.trim().split("\\s+")));
      }
      Entry entry = new Entry(service.isEmpty() ? constant : service, first, last, record.get("transports"),
          record.get("description"));
      maps.add(entry, names);
    }
    return maps;
  }

  private void add(Entry entry, List<String> names) {
    entries.add(entry);
    for (int port = entry.first(); port <= entry.last(); port++) {
      byNumber.computeIfAbsent(port, p -> new ArrayList<>(2)).add(entry);
    }
    for (String name : names) {
      byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entry);
    }
  }

  private static Reader resource(String name) {
    InputStream in = CsvPortMaps.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("no resource " + name + " (is portolan-data on the class path?)");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
