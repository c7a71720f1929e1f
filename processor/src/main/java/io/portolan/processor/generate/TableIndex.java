package io.portolan.processor.generate;

import com.palantir.javapoet.CodeBlock;
import io.portolan.internal.ServiceTable;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the index data of the table class at build time, in the format {@link ServiceTable}
 * reads, so that a first lookup decodes only the rows it returns, not the whole table.
 *
 * <p>The data are numbers written as fixed-width groups of base-64 digits, the characters {@code #}
 * to {@code c} without the backslash (digit {@code c - '#'}, less one above the backslash), in lines
 * of {@link ServiceTable#LINE_DIGITS} digits, in string constants of at most
 * {@link ServiceTable#ENTRIES_PER_STRING} entries each: plain ASCII, so one byte a digit in the class
 * file, and nothing a string literal or a text block must escape. The rows' starts say
 * where each row is; the ports that have services and how many each has, and those services in
 * the order of {@link Catalog#byNumber()}; and each lookup name's {@code String.hashCode()}, service
 * and which of the service's names it is, in the order of {@link Catalog#lookupNames()}.
 */
final class TableIndex {
  private final String ports;
  private final String portServices;
  private final String names;

  private final boolean asciiNames;

  private TableIndex(String ports, String portServices, String names, boolean asciiNames) {
    this.ports = ports;
    this.portServices = portServices;
    this.names = names;
    this.asciiNames = asciiNames;
  }

  /** Appends {@code value} as {@code digits} base-64 digits, most significant first. */
  static void digits(StringBuilder data, long value, int digits) {
    for (int shift = 6 * (digits - 1); shift >= 0; shift -= 6) {
      int digit = (int) (value >>> shift) & 63;
      char c = (char) ('#' + digit);
      data.append(c >= '\\' ? (char) (c + 1) : c);
    }
  }

  /**
   * Returns a {@code String[]} of index data, {@code width} digits an entry, as an array creation
   * expression: strings of at most {@link ServiceTable#ENTRIES_PER_STRING} entries, in lines of
   * {@link ServiceTable#LINE_DIGITS} digits, each a text block where the consumer's Java has them.
   */
  static CodeBlock strings(String data, int width, GeneratedSources sources) {
    CodeBlock.Builder strings = CodeBlock.builder().add("new String[] {\n").indent();
    int perString = ServiceTable.ENTRIES_PER_STRING * width;
    for (int start = 0; start < data.length(); start += perString) {
      String piece = data.substring(start, Math.min(data.length(), start + perString));
      StringBuilder lines = new StringBuilder(piece.length() + piece.length() / ServiceTable.LINE_DIGITS + 1);
      for (int line = 0; line < piece.length(); line += ServiceTable.LINE_DIGITS) {
        lines.append(piece, line, Math.min(piece.length(), line + ServiceTable.LINE_DIGITS)).append('\n');
      }
      strings.add("$L$L\n", sources.lines(lines.toString()), start + perString < data.length() ? "," : "");
    }
    return strings.unindent().add("}").build();
  }

  /** Returns the data of the rows' starts: for each service, which chunk of rows holds its row and where. */
  static CodeBlock starts(List<int[]> chunkAndOffset, GeneratedSources sources) {
    StringBuilder data = new StringBuilder(chunkAndOffset.size() * ServiceTable.START_DIGITS);
    for (int[] start : chunkAndOffset) {
      digits(data, start[0], 3);
      digits(data, start[1], 3);
    }
    return strings(data.toString(), ServiceTable.START_DIGITS, sources);
  }

  /** Returns the index data of {@code catalog}. */
  static TableIndex of(Catalog catalog) {
    List<Service> services = catalog.services();
    Map<Service, Integer> positions = new IdentityHashMap<>();
    services.forEach(service -> positions.put(service, positions.size()));
    SortedMap<Integer, List<Service>> byPort = catalog.byNumber();
    StringBuilder ports = new StringBuilder(byPort.size() * ServiceTable.PORT_DIGITS);
    StringBuilder portServices = new StringBuilder(byPort.size() * ServiceTable.SERVICE_DIGITS);
    for (Map.Entry<Integer, List<Service>> port : byPort.entrySet()) {
      digits(ports, port.getKey(), 3);
      digits(ports, port.getValue().size(), 3);
      for (Service service : port.getValue()) {
        digits(portServices, positions.get(service), ServiceTable.SERVICE_DIGITS);
      }
    }
    Map<String, Service> lookupNames = catalog.lookupNames();
    StringBuilder names = new StringBuilder(lookupNames.size() * ServiceTable.NAME_DIGITS);
    for (Map.Entry<String, Service> name : lookupNames.entrySet()) {
      Service service = name.getValue();
      digits(names, name.getKey().hashCode() & 0xFFFFFFFFL, 6);
      digits(names, positions.get(service), 3);
      digits(names, whichName(name.getKey(), service), 3);
    }
    boolean asciiNames = lookupNames.keySet().stream().allMatch(name -> name.chars().allMatch(c -> c <= 0x7F));
    return new TableIndex(ports.toString(), portServices.toString(), names.toString(), asciiNames);
  }

  /**
   * Tells whether every lookup name is ASCII, so that {@link ServiceTable} first looks a name up as
   * it is.
   */
  boolean asciiNames() {
    return asciiNames;
  }

  /** Returns the ports that have services and how many each has. */
  CodeBlock ports(GeneratedSources sources) {
    return strings(ports, ServiceTable.PORT_DIGITS, sources);
  }

  /** Returns the services of each port, in lookup order. */
  CodeBlock portServices(GeneratedSources sources) {
    return strings(portServices, ServiceTable.SERVICE_DIGITS, sources);
  }

  /** Returns the lookup names' hash codes, services and which names they are. */
  CodeBlock names(GeneratedSources sources) {
    return strings(names, ServiceTable.NAME_DIGITS, sources);
  }

  /** Returns which of {@code service}'s names {@code key} is, as the index data record it. */
  private static int whichName(String key, Service service) {
    if (key.equals(Catalog.key(service.effectiveServiceName()))) {
      return 0;
    }
    List<String> aliases = service.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      if (key.equals(Catalog.key(aliases.get(i)))) {
        if (i + 1 >= ServiceTable.CONSTANT_NAME) {
          throw new IllegalStateException(service.constant() + " has more aliases than the index holds");
        }
        return i + 1;
      }
    }
    if (key.equals(Catalog.key(service.constant()))) {
      return ServiceTable.CONSTANT_NAME;
    }
    throw new IllegalStateException(key + " is none of the names of " + service.constant());
  }
}
