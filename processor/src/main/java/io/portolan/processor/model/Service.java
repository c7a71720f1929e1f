package io.portolan.processor.model;

import io.portolan.Assignment;
import io.portolan.Transport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param seedStatus the status the table's source gave the service, lower case, or empty (see
 *     {@code TableRow#seedStatus})
 * @param statusNote what the table says about the service's status, or empty
 * @param registryDate the date of the IANA registry that {@code assignment} follows, or empty when the
 *     table's own label is all there is
 * @param otherNames the service's other constant names, from the curated naming layer of the bundled
 *     catalogs; each is a second {@code int} constant and, in an enum, a field
 * @param transportDescriptions the description of each transport, where rows of different
 *     descriptions merged into the service; empty when {@code description} is the only one
 * @param provenance where the service's facts come from, as the table records it
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
    Deprecation deprecation,
    String seedStatus,
    String statusNote,
    String registryDate,
    List<OtherName> otherNames,
    Map<Transport, String> transportDescriptions,
    Provenance provenance) {

  /**
   * Another constant name of a service.
   *
   * @param constant the constant name
   * @param keyword the IANA keyword the name stands for
   * @param reason why the catalog has the curated name
   * @param byRule whether this is the naming rule's name for the keyword, kept as a second name where
   *     a curated name leads; otherwise it is the curated name, second to the service's constant
   */
  public record OtherName(String constant, String keyword, String reason, boolean byRule) {}

  /** Creates a current service, one that is not deprecated. */
  public Service(String constant, int firstPort, int lastPort, Set<Transport> transports, String serviceName,
      List<String> aliases, Assignment assignment, String description, List<Integer> rfcs, String location,
      int order) {
    this(constant, firstPort, lastPort, transports, serviceName, aliases, assignment, description, rfcs, location,
        order, null);
  }

  /**
   * Creates a service without seed status, status note, registry date, other names or per-transport
   * descriptions.
   */
  public Service(String constant, int firstPort, int lastPort, Set<Transport> transports, String serviceName,
      List<String> aliases, Assignment assignment, String description, List<Integer> rfcs, String location,
      int order, Deprecation deprecation) {
    this(constant, firstPort, lastPort, transports, serviceName, aliases, assignment, description, rfcs, location,
        order, deprecation, "", "", "", List.of(), Map.of(), Provenance.NONE);
  }

  /** Returns this service with the constant name {@code name}. */
  public Service withConstant(String name) {
    return new Service(name, firstPort, lastPort, transports, serviceName, aliases, assignment, description, rfcs,
        location, order, deprecation, seedStatus, statusNote, registryDate, otherNames, transportDescriptions, provenance);
  }

  /** Returns this service with another constant name, and its lookup name when {@code alias} is not empty. */
  public Service withOtherName(OtherName name, String alias) {
    List<OtherName> names = new ArrayList<>(otherNames);
    names.add(name);
    List<String> newAliases = new ArrayList<>(aliases);
    if (!alias.isEmpty() && !newAliases.contains(alias)) {
      newAliases.add(alias);
    }
    return new Service(constant, firstPort, lastPort, transports, serviceName, List.copyOf(newAliases), assignment,
        description, rfcs, location, order, deprecation, seedStatus, statusNote, registryDate, List.copyOf(names),
        transportDescriptions, provenance);
  }

  /** Returns this service with the registry date {@code date}. */
  public Service withRegistryDate(String date) {
    return new Service(constant, firstPort, lastPort, transports, serviceName, aliases, assignment, description, rfcs,
        location, order, deprecation, seedStatus, statusNote, date, otherNames, transportDescriptions, provenance);
  }

  /** Returns this service with the transports {@code kept}, and only their descriptions. */
  public Service withTransports(Set<Transport> kept) {
    Map<Transport, String> descriptions = new EnumMap<>(Transport.class);
    transportDescriptions.forEach((transport, text) -> {
      if (kept.contains(transport)) {
        descriptions.put(transport, text);
      }
    });
    return new Service(constant, firstPort, lastPort, kept, serviceName, aliases, assignment, description, rfcs,
        location, order, deprecation, seedStatus, statusNote, registryDate, otherNames,
        descriptions.isEmpty() ? Map.of() : Collections.unmodifiableMap(descriptions), provenance);
  }

  /** Returns the description of {@code transport}: its own where rows differ, else {@link #description()}. */
  public String description(Transport transport) {
    return transportDescriptions.getOrDefault(transport, description);
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
