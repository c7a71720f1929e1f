package io.portolan.sample;

import io.portolan.ServicePort;
import io.portolan.catalogs.IanaPort;
import io.portolan.catalogs.WellKnownPort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The two catalogs {@code portinfo} reads, and the only class that names their generated types: the
 * curated well-known ports catalog answers for the ports and names it knows, the IANA registry for
 * the rest.
 */
final class Catalogs {
  private Catalogs() {}

  /** The service that {@code name} names (service name, alias or constant, any case), if any. */
  static Optional<ServicePort> byName(String name) {
    Optional<? extends ServicePort> found = WellKnownPort.byServiceName(name);
    if (found.isEmpty()) {
      found = IanaPort.byServiceName(name);
    }
    return found.map(ServicePort.class::cast);
  }

  /** Every service on port {@code number}: the well-known catalog's if it has any, else the registry's. */
  static List<ServicePort> byNumber(int number) {
    List<? extends ServicePort> services = WellKnownPort.byNumber(number);
    if (services.isEmpty()) {
      services = IanaPort.byNumber(number);
    }
    return List.copyOf(services);
  }

  /** Every service on a port from {@code first} to {@code last}, each once, by first port. */
  static List<ServicePort> inRange(int first, int last) {
    Set<ServicePort> services = new LinkedHashSet<>();
    for (int number = first; number <= last; number++) {
      services.addAll(byNumber(number));
    }
    List<ServicePort> sorted = new ArrayList<>(services);
    sorted.sort(Comparator.comparingInt(ServicePort::number));
    return sorted;
  }

  /**
   * Every service whose service name, constant name or description contains {@code word}, ignoring
   * case, by port: from the well-known catalog, and from the registry on the ports the well-known
   * catalog does not know.
   */
  static List<ServicePort> search(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<ServicePort> found = new ArrayList<>();
    for (WellKnownPort service : WellKnownPort.all()) {
      if (mentions(service, lower)) {
        found.add(service);
      }
    }
    for (IanaPort service : IanaPort.all()) {
      if (WellKnownPort.byNumber(service.number()).isEmpty() && mentions(service, lower)) {
        found.add(service);
      }
    }
    found.sort(Comparator.comparingInt(ServicePort::number));
    return found;
  }

  private static boolean mentions(ServicePort service, String lowerCaseWord) {
    return service.serviceName().toLowerCase(Locale.ROOT).contains(lowerCaseWord)
        || service.constantName().toLowerCase(Locale.ROOT).contains(lowerCaseWord)
        || service.description().toLowerCase(Locale.ROOT).contains(lowerCaseWord);
  }

  /** The whole well-known ports catalog, in table order. */
  static List<ServicePort> wellKnown() {
    return List.copyOf(WellKnownPort.all());
  }

  /** The catalog the service comes from: {@code well-known} or {@code iana}. */
  static String catalogOf(ServicePort service) {
    return service instanceof WellKnownPort ? "well-known" : "iana";
  }

  /** The catalogs' sources and dates, for {@code --version}. */
  static String describe() {
    return describe(WellKnownPort.catalogSource(), WellKnownPort.catalogDate()) + ", "
        + describe(IanaPort.catalogSource(), IanaPort.catalogDate());
  }

  private static String describe(String source, String date) {
    return date.isEmpty() ? source : source + " of " + date;
  }
}
