package io.portolan.processor.model;

import io.portolan.Assignment;
import io.portolan.Transport;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One service of a validated catalog: what becomes one enum constant and one {@code int} constant.
 *
 * @param constant the Java constant name
 * @param firstPort the port, or the first of a range
 * @param lastPort the port again, or the last of a range
 * @param transports the transports, possibly empty when the table names none
 * @param serviceName the registry's service name, or empty when the service has none
 * @param aliases other names that find the service, lower case
 * @param assignment whether IANA registers this use
 * @param description the description, exactly as the table gives it
 * @param rfcs the RFCs the service's rows cite
 * @param location where the service's first row is, {@code file:line}
 * @param order the position of its first row in the table, to keep ties in table order
 * @param deprecation why the service is a deprecated constant, or null for a current service
 */
public record Service(
    String constant,
    int firstPort,
    int lastPort,
    Set<Transport> transports,
    String serviceName,
    List<String> aliases,
    Assignment assignment,
    String description,
    List<Integer> rfcs,
    String location,
    int order,
    Deprecation deprecation) {

  /** Creates a current service, one that is not deprecated. */
  public Service(String constant, int firstPort, int lastPort, Set<Transport> transports, String serviceName,
      List<String> aliases, Assignment assignment, String description, List<Integer> rfcs, String location,
      int order) {
    this(constant, firstPort, lastPort, transports, serviceName, aliases, assignment, description, rfcs, location,
        order, null);
  }

  /** Returns whether the service is kept as a deprecated constant (see {@link #deprecation()}). */
  public boolean isDeprecated() {
    return deprecation != null;
  }

  /** Returns whether the service has a range of ports rather than one. */
  public boolean isRange() {
    return lastPort != firstPort;
  }

  /**
   * Returns the service name that {@code ServicePort.serviceName()} gives: the table's, or for a
   * service without one, its constant in lower case with hyphens for underscores ({@code WAKE_ON_LAN}
   * gives {@code wake-on-lan}). Never empty.
   */
  public String effectiveServiceName() {
    if (!serviceName.isEmpty()) {
      return serviceName;
    }
    String hyphenated = constant.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("^-+|-+$", "");
    return hyphenated.isEmpty() ? constant.toLowerCase(Locale.ROOT) : hyphenated;
  }

  /** Returns {@code 22} or {@code 6000-6063}. */
  public String portText() {
    return isRange() ? firstPort + "-" + lastPort : Integer.toString(firstPort);
  }
}
