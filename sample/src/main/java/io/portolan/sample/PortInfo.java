package io.portolan.sample;

import io.portolan.ServicePort;
import io.portolan.catalogs.WellKnownPorts;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code portinfo}: tells what port numbers and service names mean, as {@code getent services} does,
 * from the well-known ports catalog, the software-defaults catalog (the ports widely used server
 * software listens on) and, for the ports and names that those do not know, the IANA registry.
 *
 * <pre>
 * portinfo ssh 53 https       each service named, and every service on each port
 * portinfo 6000-6010          every service on a port of the range
 * portinfo kafka 9092         the software's default ports, beside the registry's
 * portinfo --search mail      every service whose name or description contains the word
 * portinfo --list             the well-known catalog
 * portinfo --json 22          the same, as a JSON array
 * portinfo --version, --help
 * portinfo diff OLD NEW      what changed between two port tables (any of the three formats)
 * </pre>
 *
 * <p>Exits with {@link #FOUND} (0) when every query found something, {@link #NOT_FOUND} (1) when one
 * found nothing (what the others found is still printed), {@link #USAGE} (2) on a command line it
 * does not understand, and {@link #CANNOT_WRITE} (3) when it cannot write its output (a full disk, a
 * closed pipe). What it echoes of its arguments is escaped ({@link Message#echo}).
 */
@PortInfo.Example(WellKnownPorts.SSH)
public final class PortInfo {
  /** Exit status when every query found something. */
  static final int FOUND = 0;
  /** Exit status when a query found nothing. */
  static final int NOT_FOUND = 1;
  /** Exit status for a command line that is not understood. */
  static final int USAGE = 2;
  /** Exit status when the output cannot be written. */
  static final int CANNOT_WRITE = 3;

  /** The subcommands {@code portinfo} has, each run by its name as the first argument. */
  private static final List<Subcommand> SUBCOMMANDS = List.of(new DiffCommand());

  private static final Pattern NUMBER = Pattern.compile("[0-9]+");
  private static final Pattern RANGE = Pattern.compile("([0-9]+)-([0-9]+)");

  /** The port the usage text shows as an example; an annotation value from a generated constant. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Example {
    /** The example port. */
    int value();
  }

  private final PrintStream out;
  private final PrintStream err;
  private final List<Subcommand> subcommands;

  PortInfo(PrintStream out, PrintStream err) {
    this(out, err, SUBCOMMANDS);
  }

  PortInfo(PrintStream out, PrintStream err, List<Subcommand> subcommands) {
    this.out = out;
    this.err = err;
    this.subcommands = List.copyOf(subcommands);
  }

  /** Runs {@code portinfo} with the command-line arguments and exits with its status. */
  public static void main(String[] args) {
    System.exit(new PortInfo(System.out, System.err).run(args));
  }

  /**
   * Runs {@code portinfo}, printing to the streams it was made with, and returns the exit status:
   * {@link #CANNOT_WRITE} when the output could not be written whole, whatever else happened.
   */
  int run(String... args) {
    int status = answer(args);
    out.flush();
    if (status != CANNOT_WRITE && out.checkError()) {
      err.println("portinfo: cannot write the output");
      return CANNOT_WRITE;
    }
    return status;
  }

  private int answer(String... args) {
    if (args.length > 0) {
      for (Subcommand subcommand : subcommands) {
        if (subcommand.name().equals(args[0])) {
          return subcommand.run(List.of(args).subList(1, args.length), out, err);
        }
      }
    }
    Listing listing = Listing.TABLE;
    boolean search = false;
    boolean list = false;
    List<String> queries = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--help":
        case "-h":
          help(out);
          return FOUND;
        case "--version":
          out.println("portinfo " + version() + " (catalogs " + Catalogs.describe() + ")");
          return FOUND;
        case "--json":
          listing = Listing.JSON;
          break;
        case "--search":
          search = true;
          break;
        case "--list":
          list = true;
          break;
        default:
          if (arg.isBlank()) {
            return usage("an empty argument");
          }
          if (arg.startsWith("-")) {
            return usage("unknown option \"" + Message.echo(arg) + "\"");
          }
          queries.add(arg);
      }
    }
    if (list) {
      if (search || !queries.isEmpty()) {
        return usage("--list takes no other query");
      }
      listing.print(Catalogs.wellKnown(), out);
      return FOUND;
    }
    if (queries.isEmpty()) {
      return usage(search ? "--search needs a word" : "nothing to look up");
    }
    Set<ServicePort> found = new LinkedHashSet<>();
    int status = FOUND;
    List<String> misses = new ArrayList<>();
    for (String query : queries) {
      List<ServicePort> services;
      if (search) {
        services = Catalogs.search(query);
        if (services.isEmpty()) {
          misses.add("no service name or description contains \"" + Message.echo(query) + "\"");
        }
      } else {
        Optional<List<ServicePort>> looked = lookUp(query);
        if (looked.isEmpty()) {
          return USAGE;
        }
        services = looked.get();
        if (services.isEmpty()) {
          misses.add(NUMBER.matcher(query).matches() ? "no known service uses port " + query
              : RANGE.matcher(query).matches() ? "no known service uses a port in " + query
              : "no service is named \"" + Message.echo(query) + "\"");
        }
      }
      if (services.isEmpty()) {
        status = NOT_FOUND;
      }
      found.addAll(services);
    }
    listing.print(new ArrayList<>(found), out);
    for (String miss : misses) {
      err.println("portinfo: " + miss);
    }
    return status;
  }

  /**
   * The services a query names: a port number, a range of them or a name. Empty, after saying why,
   * when the query is not a port number or range.
   */
  private Optional<List<ServicePort>> lookUp(String query) {
    Matcher range = RANGE.matcher(query);
    if (range.matches()) {
      int first = port(range.group(1));
      int last = port(range.group(2));
      if (first < 0 || last < 0 || first > last) {
        usage(Message.echo(query) + " is not a range of port numbers (FROM-TO, 0 <= FROM <= TO <= 65535)");
        return Optional.empty();
      }
      return Optional.of(Catalogs.inRange(first, last));
    }
    if (NUMBER.matcher(query).matches()) {
      int number = port(query);
      if (number < 0) {
        usage(Message.echo(query) + " is not a port number (0-65535)");
        return Optional.empty();
      }
      return Optional.of(Catalogs.byNumber(number));
    }
    return Optional.of(Catalogs.byName(query));
  }

  /** The port number that {@code digits} give, leading zeros and all, or -1 when they give none (0 to 65535). */
  private static int port(String digits) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > 5) {
      return -1;
    }
    int number = Integer.parseInt(significant);
    return number <= 65535 ? number : -1;
  }

  private int usage(String problem) {
    err.println("portinfo: " + problem);
    err.println("usage: portinfo [--json] NAME|PORT|FROM-TO... | --search WORD... | --list");
    err.println("(portinfo --help tells more)");
    return USAGE;
  }

  private void help(PrintStream to) {
    int example = PortInfo.class.getAnnotation(Example.class).value();
    String name = Catalogs.byNumber(example).get(0).serviceName();
    to.println("usage: portinfo [--json] NAME|PORT|FROM-TO...");
    to.println("       portinfo [--json] --search WORD...");
    to.println("       portinfo [--json] --list");
    for (Subcommand subcommand : subcommands) {
      to.println("       portinfo " + subcommand.name() + " " + subcommand.synopsis());
    }
    to.println("       portinfo --version | --help");
    to.println();
    to.println("Tells what port numbers and service names mean, from the well-known ports catalog,");
    to.println("the default ports of widely used server software (portinfo kafka) and, for the ports");
    to.println("and names those do not know, the IANA registry.");
    to.println();
    to.println("  NAME           the services with this service name, alias or constant, in any case");
    to.println("                 (portinfo " + name + ")");
    to.println("  PORT           every service on this port (portinfo " + example + ")");
    to.println("  FROM-TO        every service on a port of this range (portinfo 6000-6010)");
    to.println("  --search WORD  every service whose service name, constant or description contains");
    to.println("                 WORD, in any case (portinfo --search mail)");
    to.println("  --list         the whole well-known ports catalog");
    to.println("  --json         a JSON array of objects with port, lastPort, constant, service,");
    to.println("                 transports, status, description and catalog, in place of the table");
    to.println("  --version      portinfo's version and its catalogs");
    to.println("  --help, -h     this text");
    for (Subcommand subcommand : subcommands) {
      to.printf("  %-14s %s%n", subcommand.name(), subcommand.summary());
    }
    to.println();
    to.println("Several queries print one table, each service once. Exit status: 0 when every query");
    to.println("found something, 1 when one found nothing (the others' results are still printed),");
    to.println("2 on a usage error such as an unknown option or a port outside 0-65535, 3 when the");
    to.println("output cannot be written.");
  }

  /** portinfo's version, from the properties file the build writes. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = PortInfo.class.getResourceAsStream("portinfo.properties")) {
      if (in == null) {
        throw new IllegalStateException("portinfo.properties is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
