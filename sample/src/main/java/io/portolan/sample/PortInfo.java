package io.portolan.sample;

import io.portolan.ServicePort;
import io.portolan.Transport;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * {@code portinfo}: tells what a port number or a service name means.
 *
 * <pre>
 * portinfo ssh       the service named ssh (service name, alias or constant; any case)
 * portinfo 22        every service on port 22
 * portinfo --list    the well-known catalog as a table
 * </pre>
 *
 * <p>It looks in the curated well-known catalog first and, for what that does not know, in the
 * IANA registry ({@code portinfo 5432}, {@code portinfo postgresql}).
 *
 * <p>Exits with 0 when it found what was asked, 1 when it did not, and 2 on a usage error.
 */
@PortInfo.Example(WellKnownPorts.SSH)
public final class PortInfo {
  /** Exit status when the lookup found something. */
  static final int FOUND = 0;
  /** Exit status when nothing matches. */
  static final int NOT_FOUND = 1;
  /** Exit status for a command line that is not understood. */
  static final int USAGE = 2;

  /** The port the usage text shows as an example; an annotation value from a generated constant. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Example {
    /** The example port. */
    int value();
  }

  private final PrintStream out;
  private final PrintStream err;

  PortInfo(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs {@code portinfo} with the command-line arguments and exits with its status. */
  public static void main(String[] args) {
    System.exit(new PortInfo(System.out, System.err).run(args));
  }

  /** Runs {@code portinfo}, printing to the streams it was made with, and returns the exit status. */
  int run(String... args) {
    if (args.length != 1 || args[0].isEmpty()) {
      return usage();
    }
    String query = args[0];
    if (query.equals("--list")) {
      print(WellKnownPort.all());
      return FOUND;
    }
    if (query.equals("--help") || query.equals("-h")) {
      usage();
      return FOUND;
    }
    if (query.chars().allMatch(Character::isDigit)) {
      return byNumber(query);
    }
    if (query.startsWith("-")) {
      return usage();
    }
    Optional<? extends ServicePort> found = WellKnownPort.byServiceName(query);
    if (found.isEmpty()) {
      found = IanaPort.byServiceName(query);
    }
    if (found.isEmpty()) {
      err.println("portinfo: no service is named \"" + query + "\"");
      return NOT_FOUND;
    }
    print(List.of(found.get()));
    return FOUND;
  }

  private int byNumber(String query) {
    int number;
    try {
      number = Integer.parseInt(query);
    } catch (NumberFormatException tooLong) {
      number = -1;
    }
    if (number < 0 || number > 65535) {
      err.println("portinfo: " + query + " is not a port number (0-65535)");
      return USAGE;
    }
    List<? extends ServicePort> services = WellKnownPort.byNumber(number);
    if (services.isEmpty()) {
      services = IanaPort.byNumber(number);
    }
    if (services.isEmpty()) {
      err.println("portinfo: no known service uses port " + number);
      return NOT_FOUND;
    }
    print(services);
    return FOUND;
  }

  private int usage() {
    int example = PortInfo.class.getAnnotation(Example.class).value();
    String name = WellKnownPort.byNumber(example).get(0).serviceName();
    err.println("usage: portinfo <service name or port number> | --list");
    err.println("  e.g. portinfo " + name + ", portinfo " + example);
    return USAGE;
  }

  private void print(List<? extends ServicePort> services) {
    String format = "%-11s %-22s %-22s %-13s %-10s %s%n";
    out.printf(Locale.ROOT, format, "PORT", "CONSTANT", "SERVICE", "TRANSPORTS", "STATUS", "DESCRIPTION");
    for (ServicePort service : services) {
      String port = service.lastNumber() == service.number()
          ? Integer.toString(service.number())
          : service.number() + "-" + service.lastNumber();
      out.printf(Locale.ROOT, format, port, service.constantName(), service.serviceName(),
          transports(service), status(service), describe(service));
    }
  }

  private static String transports(ServicePort service) {
    StringJoiner joined = new StringJoiner(",");
    for (Transport transport : service.transports()) {
      joined.add(transport.keyword());
    }
    return joined.toString();
  }

  private static String status(ServicePort service) {
    return service.assignment().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The description, with a word on whether the protocol encrypts, for the TCP services everyone
   * knows by their port.
   */
  private static String describe(ServicePort service) {
    List<String> notes = new ArrayList<>();
    notes.add(service.description());
    if (!service.supports(Transport.TCP)) {
      return service.description();
    }
    switch (service.number()) {
      case WellKnownPorts.SSH:
      case WellKnownPorts.HTTPS:
      case WellKnownPorts.IMAPS:
      case WellKnownPorts.POP3S:
      case WellKnownPorts.LDAPS:
        notes.add("[encrypted]");
        break;
      case WellKnownPorts.TELNET:
      case WellKnownPorts.FTP:
      case WellKnownPorts.HTTP:
      case WellKnownPorts.POP3:
      case WellKnownPorts.IMAP:
        notes.add("[plain text]");
        break;
      default:
        break;
    }
    return String.join(" ", notes);
  }
}
