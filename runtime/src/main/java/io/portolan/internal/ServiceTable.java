package io.portolan.internal;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a generated table class and its lookups over them: a generated class keeps its data
 * in string constants and extends this class in a nested class that hands them over; this class
 * reads a service's row the first time a lookup returns it, and builds the lookup tables from the
 * index data the first time a lookup needs them. Support for generated code only; see the
 * {@linkplain io.portolan.internal package}.
 *
 * <p>The rows, one line a service, in table order, cut between lines into strings ({@link #rows(int)}):
 *
 * <pre>
 * CONSTANT TAB first-port TAB last-port-if-a-range TAB transports TAB o|u TAB service TAB aliases TAB rfcs TAB description
 * </pre>
 *
 * <p>Transports are letters, the first of each {@link Transport#keyword()} ({@code t}cp, {@code u}dp,
 * {@code s}ctp, {@code d}ccp); {@code o} is official and {@code u} unofficial; aliases, and the
 * numbers of the RFCs cited, are separated by spaces. A backslash escapes a backslash, a tab
 * ({@code \t}), a line feed ({@code \n}) or a carriage return ({@code \r}) in a field, and a space
 * ({@code \s}) in an alias.
 *
 * <p>The index data are numbers written as fixed-width groups of base-64 digits, the characters
 * {@code #} to {@code c} without the backslash (digit {@code c - '#'}, less one above the
 * backslash), most significant first, in lines of {@link #LINE_DIGITS} digits (the last line of a
 * string may be shorter), each ended by a line feed, in strings of at most {@link #ENTRIES_PER_STRING}
 * entries; an entry never spans two lines. The index data are: where each row starts ({@link #rowStarts()}), the ports that have services and how many each has
 * ({@link #ports()}), those services in lookup order ({@link #portServices()}), and each lookup name's
 * hash code, service and which of the service's names it is ({@link #names()}). The order of a port's
 * services (official before unofficial, then those that cite an RFC before the others, then table
 * order; deprecated services left out) and of the names (a name several services have finds the
 * first) are the generator's, written into the data.
 *
 * <p>Every lookup is safe from any thread: services, the lists {@link #byNumber(int)} returns and
 * the lookup tables are made once, under a lock, so that racing threads all get the same instances,
 * and read without one once made.
 *
 * @param <S> the generated class, whose instances are the services
 */
public abstract class ServiceTable<S extends ServicePort> {
  /** The most entries one string of index data holds, so that it fits a class file's string constant. */
  public static final int ENTRIES_PER_STRING = 4_800;

  /**
   * The digits of each line of index data, but the last of a string; a multiple of every entry's
   * width, so that no entry spans two lines.
   */
  public static final int LINE_DIGITS = 84;

  /** The digits of an entry of {@link #rowStarts()}: which string of rows (3 digits), where in it (3). */
  public static final int START_DIGITS = 6;

  /** The digits of an entry of {@link #ports()}: a port (3 digits), how many services it has (3). */
  public static final int PORT_DIGITS = 6;

  /** The digits of an entry of {@link #portServices()}: a service's position in the table. */
  public static final int SERVICE_DIGITS = 3;

  /**
   * The digits of an entry of {@link #names()}: the lower-case name's {@link String#hashCode()} (6
   * digits), the service's position in the table (3) and which of its names it is (3).
   */
  public static final int NAME_DIGITS = 12;

  /**
   * Which of its service's names an entry of {@link #names()} is when it is the constant name; 0 is
   * the service name, {@code i} the {@code i}-th alias.
   */
  public static final int CONSTANT_NAME = 0xFFFF;

  /** The position of the aliases among a row's fields. */
  private static final int ALIASES = 6;

  /** The position of the RFC numbers among a row's fields. */
  private static final int REFERENCES = 7;

  /**
   * Each service, read from its row when first asked for, written under this array's lock. A thread
   * may read it without the lock: every field of a service is final, so a service it sees is complete,
   * and where it sees none, it takes the lock and looks again.
   */
  private final Object[] services;

  /** Whether every lookup name of the table is ASCII, so that a name is first looked up as it is. */
  private final boolean asciiNames;

  /** {@link #rowStarts()}, once a row has been read; read and written under the lock. */
  private String[] starts;

  /** Every service in table order, unmodifiable, once asked for. */
  private volatile List<S> all;

  /** The lookup table of numbers, once a number has been looked up. */
  private volatile Ports ports;

  /** The lookup table of names, once a name has been looked up. */
  private volatile Names names;

  /**
   * Creates the table of a catalog, reading nothing yet.
   *
   * @param size how many services, and rows, the catalog has
   * @param asciiNames whether every lookup name of the catalog is ASCII
   */
  protected ServiceTable(int size, boolean asciiNames) {
    this.services = new Object[size];
    this.asciiNames = asciiNames;
  }

  /**
   * Returns one string of rows.
   *
   * @param chunk which string, from 0
   * @return the rows, one line a service
   */
  protected abstract String rows(int chunk);

  /**
   * Returns where each service's row is, {@link #START_DIGITS} digits a service in table order. Called
   * once.
   *
   * @return the index data
   */
  protected abstract String[] rowStarts();

  /**
   * Returns each port that has services, ascending, and how many it has, {@link #PORT_DIGITS} digits a
   * port. Called once.
   *
   * @return the index data
   */
  protected abstract String[] ports();

  /**
   * Returns the services of each port of {@link #ports()}, in its order, {@link #SERVICE_DIGITS} digits
   * a service, each port's in lookup order. Called once.
   *
   * @return the index data
   */
  protected abstract String[] portServices();

  /**
   * Returns the lookup names, {@link #NAME_DIGITS} digits a name, in the order that decides which
   * service a name finds. Called once.
   *
   * @return the index data
   */
  protected abstract String[] names();

  /**
   * Creates the service of one row.
   *
   * @param chunk which string of rows holds the row
   * @param row where the row starts in that string
   * @param number the port, or the first port of the range
   * @param lastNumber the port again, or the last port of the range
   * @param serviceName the service name
   * @param transports the transports, unmodifiable
   * @param assignment whether IANA registers this use of the port
   * @param aliases other names of the service, unmodifiable
   * @return a new instance
   */
  protected abstract S create(int chunk, int row, int number, int lastNumber, String serviceName,
      Set<Transport> transports, Assignment assignment, List<String> aliases);

  /**
   * Returns every service, in table order, reading the rows not read yet.
   *
   * @return an unmodifiable list
   */
  public final List<S> all() {
    List<S> all = this.all;
    if (all == null) {
      Object[] services = new Object[this.services.length];
      for (int i = 0; i < services.length; i++) {
        services[i] = service(i);
      }
      all = list(services);
      this.all = all;
    }
    return all;
  }

  /**
   * Returns the services that use port {@code number}, in the order the index data give.
   *
   * @param number a port number
   * @return an unmodifiable list, empty when no service uses the port
   */
  @SuppressWarnings("unchecked") // lists holds only lists of S
  public final List<S> byNumber(int number) {
    Ports ports = this.ports;
    if (ports == null) {
      ports = portTable();
    }
    // Small enough to inline where it is warm: a port's list, once made, is read without the lock.
    Object[] lists = ports.lists;
    if (number >= 0 && number < lists.length) {
      Object list = lists[number];
      return list != null ? (List<S>) list : services(ports, number);
    }
    return Collections.emptyList();
  }

  /**
   * Returns the service that {@code name} names, ignoring case as {@code name.toLowerCase(Locale.ROOT)}
   * does, as the index data say. A name of ASCII characters is hashed and compared folded to lower
   * case in place, without a copy; one already in lower case is its own key, whose {@code String}
   * keeps its hash code, and where every name of the table is ASCII, a name is first looked up as it
   * is. Any other name takes Unicode's case mapping. A hit allocates nothing: each service's
   * {@code Optional} is made once.
   *
   * @param name a service name, another name of a service, or a constant name
   * @return the service, or empty when none has that name
   * @throws NullPointerException if {@code name} is null
   */
  public final Optional<S> byServiceName(String name) {
    Objects.requireNonNull(name, "name");
    Names names = this.names;
    if (names == null) {
      names = nameTable();
    }
    if (asciiNames) {
      // Every name of the table is ASCII and lower case: a name equal to one is its own key.
      Optional<S> found = find(names, name, name.hashCode(), true);
      if (found.isPresent()) {
        return found;
      }
    }
    // Apart, so that the common path stays small enough to inline.
    return findFolded(names, name);
  }

  /**
   * Returns the service of {@code name} folded to lower case: in place for a name of ASCII
   * characters, by {@code toLowerCase(Locale.ROOT)} for any other. Where every name of the table is
   * ASCII, {@code name} as it is has been looked up already.
   */
  private Optional<S> findFolded(Names names, String name) {
    boolean isKey = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F) {
        // Beyond ASCII, Unicode's case mapping decides: U+212A KELVIN SIGN lower-cases to 'k'.
        String key = name.toLowerCase(Locale.ROOT);
        return find(names, key, key.hashCode(), true);
      }
      if (c >= 'A' && c <= 'Z') {
        isKey = false;
      }
    }
    if (asciiNames) {
      return isKey ? Optional.<S>empty() : find(names, name, NameProbe.lowerCaseHashCode(name), false);
    }
    return find(names, name, isKey ? name.hashCode() : NameProbe.lowerCaseHashCode(name), isKey);
  }

  /**
   * Returns the constant name of the service whose row is at {@code row} of string {@code chunk}.
   *
   * @param chunk which string of rows holds the row
   * @param row where the row starts in that string
   * @return the constant name
   */
  public final String constantName(int chunk, int row) {
    String text = rows(chunk);
    return text.substring(row, text.indexOf('\t', row));
  }

  /**
   * Returns the description of the service whose row is at {@code row} of string {@code chunk}.
   *
   * @param chunk which string of rows holds the row
   * @param row where the row starts in that string
   * @return the description
   */
  public final String description(int chunk, int row) {
    String text = rows(chunk);
    int end = text.indexOf('\n', row);
    return unescape(text.substring(text.lastIndexOf('\t', end) + 1, end));
  }

  /**
   * Returns the links to the RFCs that the service whose row is at {@code row} of string
   * {@code chunk} cites.
   *
   * @param chunk which string of rows holds the row
   * @param row where the row starts in that string
   * @return the links, an unmodifiable list
   */
  public final List<URI> references(int chunk, int row) {
    String text = rows(chunk);
    int start = row;
    for (int i = 0; i < REFERENCES; i++) {
      start = text.indexOf('\t', start) + 1;
    }
    return ServiceFields.rfcLinks(text.substring(start, text.indexOf('\t', start)));
  }

  /** Returns the service at {@code index} in table order, reading its row the first time. */
  @SuppressWarnings("unchecked") // services holds only instances of S
  private S service(int index) {
    Object service = services[index];
    if (service == null) {
      synchronized (services) {
        service = services[index];
        if (service == null) {
          service = decode(index);
          services[index] = service;
        }
      }
    }
    return (S) service;
  }

  /** Reads one row into a service; its constant name, description and RFCs stay in the rows. Under the lock. */
  private S decode(int index) {
    if (starts == null) {
      starts = rowStarts();
    }
    String data = starts[index / ENTRIES_PER_STRING];
    int at = index % ENTRIES_PER_STRING * START_DIGITS;
    int chunk = digits(data, at, 3);
    int row = digits(data, at + 3, 3);
    String text = rows(chunk);
    String[] fields = new String[ALIASES + 1];
    int tab = text.indexOf('\t', row);
    for (int i = 1; i < fields.length; i++) {
      int next = text.indexOf('\t', tab + 1);
      fields[i] = text.substring(tab + 1, next);
      tab = next;
    }
    int transports = 0;
    for (Transport transport : Transport.values()) {
      if (fields[3].indexOf(transport.keyword().charAt(0)) >= 0) {
        transports |= 1 << transport.ordinal();
      }
    }
    int number = Integer.parseInt(fields[1]);
    return create(chunk, row, number, fields[2].isEmpty() ? number : Integer.parseInt(fields[2]),
        unescape(fields[5]), Transports.of(transports),
        fields[4].equals("o") ? Assignment.OFFICIAL : Assignment.UNOFFICIAL, ServiceFields.words(fields[ALIASES]));
  }

  /** Returns the services of port {@code number}, making the list the first time. */
  @SuppressWarnings("unchecked") // lists holds only lists of S
  private List<S> services(Ports ports, int number) {
    int position = Arrays.binarySearch(ports.numbers, number);
    if (position < 0) {
      // The one empty list, shared and immutable: safe to store without the lock.
      List<S> none = Collections.emptyList();
      ports.lists[number] = none;
      return none;
    }
    synchronized (services) {
      List<S> list = (List<S>) ports.lists[number];
      if (list == null) {
        int start = ports.starts[position];
        int end = ports.starts[position + 1];
        if (end - start == 1) {
          list = Collections.singletonList(service(ports.serviceRows[start]));
        } else {
          Object[] services = new Object[end - start];
          for (int i = start; i < end; i++) {
            services[i - start] = service(ports.serviceRows[i]);
          }
          list = list(services);
        }
        ports.lists[number] = list;
      }
      return list;
    }
  }

  /** Returns the lookup table of numbers, reading it from the index data the first time. */
  private Ports portTable() {
    synchronized (services) {
      Ports ports = this.ports;
      if (ports == null) {
        ports = new Ports(ports(), portServices());
        this.ports = ports;
      }
      return ports;
    }
  }

  /** Returns the lookup table of names, reading it from the index data the first time. */
  private Names nameTable() {
    synchronized (services) {
      Names names = this.names;
      if (names == null) {
        names = new Names(names(), services.length);
        this.names = names;
      }
      return names;
    }
  }

  /**
   * Probes the table of names for {@code name} as it is ({@code isKey}) or folded to lower case (then
   * a name of ASCII characters), whose hash code, so compared, is {@code hash}. Small enough to
   * inline where it is warm: a slot's name and a service's {@code Optional}, once made, are read
   * without the lock.
   */
  @SuppressWarnings("unchecked") // found holds only Optionals of S
  private Optional<S> find(Names names, String name, int hash, boolean isKey) {
    long[] slots = names.slots;
    int mask = slots.length - 1;
    for (int slot = (hash ^ hash >>> 16) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((int) (slots[slot] >>> 32) == hash) {
        String key = names.keys[slot];
        if (key == null) {
          key = key(names, slot);
        }
        if (isKey ? key.equals(name) : NameProbe.matchesFolded(key, name)) {
          int index = (int) slots[slot] - 1;
          Object found = names.found[index];
          return found != null ? (Optional<S>) found : found(names, index);
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the {@code Optional} of the service at {@code index} in table order, making it the first time. */
  @SuppressWarnings("unchecked") // found holds only Optionals of S
  private Optional<S> found(Names names, int index) {
    synchronized (services) {
      Optional<S> found = (Optional<S>) names.found[index];
      if (found == null) {
        found = Optional.of(service(index));
        names.found[index] = found;
      }
      return found;
    }
  }

  /** Returns the lower-case name at {@code slot}, reading it from its service: the first time it is compared. */
  private String key(Names names, int slot) {
    S service = service((int) names.slots[slot] - 1);
    int which = names.whichNames[slot];
    String name = which == 0 ? service.serviceName()
        : which == CONSTANT_NAME ? service.constantName() : service.aliases().get(which - 1);
    String key = name.toLowerCase(Locale.ROOT);
    names.keys[slot] = key;
    return key;
  }

  /** Returns {@code services}, which holds only instances of S, as an unmodifiable list. */
  @SuppressWarnings("unchecked")
  private List<S> list(Object[] services) {
    return (List<S>) (List<?>) Collections.unmodifiableList(Arrays.asList(services));
  }

  /** Returns how many entries of {@code width} digits {@code data} holds. */
  private static int entries(String[] data, int width) {
    int digits = 0;
    for (String string : data) {
      // Every line but the last holds LINE_DIGITS digits, and each ends with a line feed.
      digits += string.length() - (string.length() + LINE_DIGITS) / (LINE_DIGITS + 1);
    }
    return digits / width;
  }

  /**
   * Reads a number of the index data: {@code count} digits from the {@code at}-th digit of
   * {@code data}, most significant first; the digits never span a line.
   */
  static int digits(String data, int at, int count) {
    int value = 0;
    int start = at + at / LINE_DIGITS;
    for (int i = start; i < start + count; i++) {
      char c = data.charAt(i);
      value = value << 6 | (c - '#' - (c > '\\' ? 1 : 0));
    }
    return value;
  }

  /** Undoes the escapes of a field: a backslash before a backslash, {@code t}, {@code n}, {@code r} or {@code s}. */
  static String unescape(String field) {
    if (field.indexOf('\\') < 0) {
      return field;
    }
    StringBuilder text = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\') {
        c = ServiceFields.unescaped(field.charAt(++i));
      }
      text.append(c);
    }
    return text.toString();
  }

  /** The lookup table of numbers, read from the index data; only {@code lists} changes. */
  private static final class Ports {
    /** Each port that has services, ascending. */
    final int[] numbers;

    /** Where the services of each port of {@code numbers} start in {@code serviceRows}; one more at the end. */
    final int[] starts;

    /** The services of each port, in lookup order. */
    final int[] serviceRows;

    /**
     * The list {@code byNumber} returns for each port up to the highest that has services, made when
     * first asked for, under the lock (the empty list, shared, without it); read without it, a list
     * is complete (its fields are final).
     */
    final Object[] lists;

    Ports(String[] ports, String[] portServices) {
      int count = entries(ports, PORT_DIGITS);
      int[] numbers = new int[count];
      int[] starts = new int[count + 1];
      for (int port = 0; port < count; port++) {
        String data = ports[port / ENTRIES_PER_STRING];
        int at = port % ENTRIES_PER_STRING * PORT_DIGITS;
        numbers[port] = digits(data, at, 3);
        starts[port + 1] = starts[port] + digits(data, at + 3, 3);
      }
      int[] serviceRows = new int[entries(portServices, SERVICE_DIGITS)];
      for (int i = 0; i < serviceRows.length; i++) {
        serviceRows[i] = digits(portServices[i / ENTRIES_PER_STRING], i % ENTRIES_PER_STRING * SERVICE_DIGITS,
            SERVICE_DIGITS);
      }
      this.numbers = numbers;
      this.starts = starts;
      this.serviceRows = serviceRows;
      this.lists = new Object[count == 0 ? 0 : numbers[count - 1] + 1];
    }
  }

  /** The open-addressing table of names, read from the index data; only {@code keys} and {@code found} change. */
  private static final class Names {
    /**
     * In each slot that holds a name, its hash code in the high 32 bits and one plus its service in
     * the low; 0 in an empty slot.
     */
    final long[] slots;

    /** Which of its service's names each slot's name is. */
    final char[] whichNames;

    /**
     * Each slot's lower-case name, read from its service when first compared. Threads that race
     * store equal strings, and a string is safe to share without a lock.
     */
    final String[] keys;

    /**
     * The {@code Optional} of each service, in table order, made when first found, under the lock;
     * read without it, an {@code Optional} is complete (its field is final).
     */
    final Object[] found;

    Names(String[] data, int services) {
      int names = entries(data, NAME_DIGITS);
      int size = 2;
      while (size < 2 * names) {
        size <<= 1;
      }
      long[] slots = new long[size];
      char[] whichNames = new char[size];
      for (int name = 0; name < names; name++) {
        String entries = data[name / ENTRIES_PER_STRING];
        int at = name % ENTRIES_PER_STRING * NAME_DIGITS;
        int hash = digits(entries, at, 6);
        int slot = (hash ^ hash >>> 16) & (size - 1);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (size - 1);
        }
        slots[slot] = ((long) hash << 32) | (digits(entries, at + 6, 3) + 1L);
        whichNames[slot] = (char) digits(entries, at + 9, 3);
      }
      this.slots = slots;
      this.whichNames = whichNames;
      this.keys = new String[size];
      this.found = new Object[services];
    }
  }
}
