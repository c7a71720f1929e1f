package io.portolan.sample;

import io.portolan.ServicePort;
import io.portolan.processor.problem.Message;
import io.portolan.Transport;
import io.portolan.catalogs.WellKnownPorts;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** How {@code portinfo} prints services: an aligned table, or a JSON array for scripts. */
enum Listing {
  /** A header line, then one line a service. Prints nothing when there is no service. */
  TABLE {
    @Override
    void print(List<ServicePort> services, PrintStream out) {
      if (services.isEmpty()) {
        return;
      }
      String format = "%-11s %-22s %-22s %-13s %-10s %s%n";
      out.printf(Locale.ROOT, format, "PORT", "CONSTANT", "SERVICE", "TRANSPORTS", "STATUS", "DESCRIPTION");
      for (ServicePort service : services) {
        out.printf(Locale.ROOT, format, ports(service), service.constantName(),
            Message.escape(service.serviceName()), String.join(",", transports(service)), status(service),
            oneLine(describe(service)));
      }
    }
  },

  /**
   * A JSON array (RFC 8259) with one object a service, one line each; {@code []} when there is none.
   * Members: {@code port}, {@code lastPort}, {@code constant}, {@code service}, {@code transports},
   * {@code status}, {@code description}, {@code catalog} ({@code well-known}, {@code defaults} or {@code iana}).
   */
  JSON {
    @Override
    void print(List<ServicePort> services, PrintStream out) {
      if (services.isEmpty()) {
        out.println("[]");
        return;
      }
      out.println("[");
      for (int i = 0; i < services.size(); i++) {
        ServicePort service = services.get(i);
        StringJoiner transports = new StringJoiner(", ", "[", "]");
        for (String transport : transports(service)) {
          transports.add(string(transport));
        }
        out.print("  {\"port\": " + service.number()
            + ", \"lastPort\": " + service.lastNumber()
            + ", \"constant\": " + string(service.constantName())
            + ", \"service\": " + string(service.serviceName())
            + ", \"transports\": " + transports
            + ", \"status\": " + string(status(service))
            + ", \"description\": " + string(service.description())
            + ", \"catalog\": " + string(Catalogs.catalogOf(service)) + "}");
        out.println(i + 1 < services.size() ? "," : "");
      }
      out.println("]");
    }
  };

  /** Prints {@code services} in this form. */
  abstract void print(List<ServicePort> services, PrintStream out);

  private static String ports(ServicePort service) {
    return service.lastNumber() == service.number()
        ? Integer.toString(service.number())
        : service.number() + "-" + service.lastNumber();
  }

  private static List<String> transports(ServicePort service) {
    List<String> keywords = new ArrayList<>();
    for (Transport transport : service.transports()) {
      keywords.add(transport.keyword());
    }
    return keywords;
  }

  private static String status(ServicePort service) {
    return service.assignment().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A JSON string in plain ASCII: quotes, backslashes, control characters and every character past
   * ASCII escaped, so that the output is the same bytes whatever the console's encoding.
   */
  static String string(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20 || c > 0x7e) {
            json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    return json.append('"').toString();
  }

  /**
   * Returns {@code text} on one line, as a row of the table needs: every run of white space that
   * holds a line break becomes one space (94 of the registry's descriptions hold line breaks), and
   * any other character a terminal would act on is escaped.
   */
  static String oneLine(String text) {
    return Message.escape(text.replaceAll("\\s*[\\n\\r\\u0085\\u2028\\u2029]\\s*", " "));
  }

  /**
   * The description, with a word on whether the protocol encrypts, for the TCP services everyone
   * knows by their port.
   */
  private static String describe(ServicePort service) {
    if (!service.supports(Transport.TCP)) {
      return service.description();
    }
    switch (service.number()) {
      case WellKnownPorts.SSH:
      case WellKnownPorts.HTTPS:
      case WellKnownPorts.IMAPS:
      case WellKnownPorts.POP3S:
      case WellKnownPorts.LDAPS:
        return service.description() + " [encrypted]";
      case WellKnownPorts.TELNET:
      case WellKnownPorts.FTP:
      case WellKnownPorts.HTTP:
      case WellKnownPorts.POP3:
      case WellKnownPorts.IMAP:
        return service.description() + " [plain text]";
      default:
        return service.description();
    }
  }
}
