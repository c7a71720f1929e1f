package io.portolan.tools.diff;

import io.portolan.Transport;
import io.portolan.processor.parse.Formats;
import io.portolan.processor.parse.IanaRecords;
import io.portolan.processor.parse.IanaTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.parse.TableReader;
import io.portolan.processor.parse.TableRow;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port table read for comparison: its services, one per name, port and transport (see
 * {@link RegistryDiff} for what counts as a service), and, for the IANA registry, the names it keeps
 * without a port and the notes on its Reserved and Unassigned ports.
 */
public final class DiffTable {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

  /**
   * One service of the table.
   *
   * @param service the name as the table spells it
   * @param first the port, or the first of a range
   * @param last the port again, or the last of a range
   * @param transport the transport, or null when the table names none
   * @param description the description
   * @param date the newest of the record's registration and modification dates, or empty
   */
  record Entry(String service, int first, int last, Transport transport, String description, String date) {
    /** The name in lower case: names are compared ignoring case, as lookups find them. */
    String name() {
      return service.toLowerCase(Locale.ROOT);
    }

    /** Returns the port, or the range, as text. */
    String port() {
      return first == last ? Integer.toString(first) : first + "-" + last;
    }

    String transportKeyword() {
      return transport == null ? "-" : transport.keyword();
    }

    /** Identifies the service: name, port and transport. */
    String key() {
      return name() + "|" + port() + "|" + transportKeyword();
    }
  }

  /** A Reserved or Unassigned record of the registry, with the note IANA left on it. */
  record Unnamed(int first, int last, Set<Transport> transports, String date, String notes) {
    boolean covers(Entry entry) {
      return first <= entry.first() && entry.last() <= last
          && (transports.isEmpty() || entry.transport() == null || transports.contains(entry.transport()));
    }
  }

  private final String name;
  private final String date;
  private final Map<String, Entry> entries;
  private final Map<String, IanaRecords.Record> portless;
  private final List<Unnamed> unnamed;

  private DiffTable(String name, String date, Map<String, Entry> entries, Map<String, IanaRecords.Record> portless,
      List<Unnamed> unnamed) {
    this.name = name;
    this.date = date;
    this.entries = Collections.unmodifiableMap(entries);
    this.portless = Collections.unmodifiableMap(portless);
    this.unnamed = List.copyOf(unnamed);
  }

  /** Returns the name the table was read under. */
  public String name() {
    return name;
  }

  /** Returns the newest date the table records (IANA's registration and modification dates), or empty. */
  public String date() {
    return date;
  }

  /** Returns the number of services. */
  public int size() {
    return entries.size();
  }

  /** The services by {@link Entry#key()}, in table order. */
  Map<String, Entry> entries() {
    return entries;
  }

  /** Returns whether the table keeps {@code name} (lower case) without any port. */
  boolean keepsWithoutPort(String name) {
    return portless.containsKey(name);
  }

  /**
   * Returns, for each of {@code entries}, the first Reserved or Unassigned record with a note that
   * now holds the entry's port, if any.
   */
  Holders holders(Collection<Entry> entries) {
    return new Holders(unnamed.stream().filter(record -> !record.notes().isBlank()).toList(), entries);
  }

  /** Reads the table in {@code file} (any of the three formats, detected from its first line). */
  public static DiffTable read(Path file) throws DiffInputException {
    String shown = Message.echo(file.toString());
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new DiffInputException(List.of(shown + ": is a directory, not a port table"));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = SourceText.readBounded(in);
      }
    } catch (SourceText.TooLargeException e) {
      throw new DiffInputException(List.of(shown + ": " + e.getMessage()));
    } catch (NoSuchFileException e) {
      throw new DiffInputException(List.of(shown + ": no such file"));
    } catch (IOException e) {
      throw new DiffInputException(List.of(shown + ": cannot be read: " + e));
    }
    Problems problems = new Problems();
    SourceText source = SourceText.decode(shown, bytes, problems);
    if (source == null) {
      throw new DiffInputException(problems.toReport().stream().map(Problem::text).toList());
    }
    return read(source);
  }

  /** Reads {@code source} (any of the three formats, detected from its first line). */
  public static DiffTable read(SourceText source) throws DiffInputException {
    Problems problems = new Problems();
    Optional<TableReader> reader = Formats.reader(TableFormat.AUTO, source, problems);
    DiffTable table = null;
    if (reader.isPresent()) {
      table = reader.get() instanceof IanaTableReader
          ? fromRegistry(source, problems)
          : fromRows(source.name(), reader.get().read(source, problems).rows());
    }
    List<String> errors = new ArrayList<>();
    for (Problem problem : problems.toReport()) {
      if (problem.isError() || problem.location().isEmpty()) {
        errors.add(problem.text());
      }
    }
    if (table == null || problems.hasErrors()) {
      throw new DiffInputException(errors);
    }
    return table;
  }

  private static DiffTable fromRows(String name, List<TableRow> rows) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (TableRow row : rows) {
      if (!row.namesService()) {
        continue;
      }
      String service = row.constant().isEmpty() ? row.service() : row.constant();
      List<Transport> transports = new ArrayList<>(row.transports());
      if (transports.isEmpty()) {
        transports.add(null);
      }
      for (Transport transport : transports) {
        Entry entry = new Entry(service, row.firstPort(), row.lastPort(), transport, row.description(), "");
        entries.putIfAbsent(entry.key(), entry);
      }
    }
    return new DiffTable(name, "", entries, Map.of(), List.of());
  }

  private static DiffTable fromRegistry(SourceText source, Problems problems) {
    List<IanaRecords.Record> records = IanaRecords.read(source, problems);
    if (records == null) {
      return null;
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, IanaRecords.Record> portless = new HashMap<>();
    List<Unnamed> unnamed = new ArrayList<>();
    String newest = "";
    for (IanaRecords.Record record : records) {
      String recordDate = newer(record.registered(), record.modified());
      newest = newer(newest, recordDate);
      if (record.service().isEmpty()) {
        if (record.ports() != null) {
          unnamed.add(new Unnamed(record.ports().first(), record.ports().last(), record.transports(),
              record.modified(), record.notes()));
        }
        continue;
      }
      if (record.ports() == null) {
        portless.putIfAbsent(record.service().toLowerCase(Locale.ROOT), record);
        continue;
      }
      List<Transport> transports = new ArrayList<>(record.transports());
      if (transports.isEmpty()) {
        transports.add(null);
      }
      for (Transport transport : transports) {
        Entry entry = new Entry(record.service(), record.ports().first(), record.ports().last(), transport,
            record.description(), recordDate);
        entries.putIfAbsent(entry.key(), entry);
      }
    }
    return new DiffTable(source.name(), newest, entries, portless, unnamed);
  }

  /** Returns the later of two dates, ignoring text that is not a date. */
  private static String newer(String a, String b) {
    boolean aDate = DATE.matcher(a).matches();
    boolean bDate = DATE.matcher(b).matches();
    if (!bDate) {
      return aDate ? a : "";
    }
    return aDate && a.compareTo(b) >= 0 ? a : b;
  }
}
