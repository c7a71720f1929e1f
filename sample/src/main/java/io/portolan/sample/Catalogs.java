package io.portolan.sample;

import io.portolan.ServicePort;
import io.portolan.catalogs.DefaultPort;
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
 * The three catalogs {@code portinfo} reads, and the only class that names their generated types:
 * the curated well-known ports catalog answers for the ports 0-1023 and the names it knows, the
 * software-defaults catalog for the ports widely used software listens on, and the IANA registry for
 * the rest: a registered service that an earlier catalog already shows on the same port (the same
 * service name) is not shown again.
 */
final class Catalogs {
  private Catalogs() {}

  /**
   * Every service that {@code name} names (service name, alias or constant, any case), at most one
   * from each catalog: the well-known catalog's, the software-defaults catalog's, then the
   * registry's unless it is one of those.
   */
  static List<ServicePort> byName(String name) {
    List<ServicePort> found = new ArrayList<>();
    WellKnownPort.byServiceName(name).ifPresent(found::add);
    DefaultPort.byServiceName(name).ifPresent(found::add);
    Optional<IanaPort> registered = IanaPort.byServiceName(name);
    if (registered.isPresent() && !shownAlready(found, registered.get())) {
      found.add(registered.get());
    }
    return found;
  }

  /**
   * Every service on port {@code number}: the well-known catalog's, then the software-defaults
   * catalog's; the registry's where the well-known catalog does not know the port, less those
   * already shown.
   */
  static List<ServicePort> byNumber(int number) {
    List<ServicePort> services = new ArrayList<>(WellKnownPort.byNumber(number));
    boolean wellKnown = !services.isEmpty();
    services.addAll(DefaultPort.byNumber(number));
    if (!wellKnown) {
      List<ServicePort> shown = List.copyOf(services);
      for (IanaPort registered : IanaPort.byNumber(number)) {
        if (!shownAlready(shown, registered)) {
          services.add(registered);
        }
      }
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
   * case, by port: from the well-known and software-defaults catalogs, and from the registry on the
   * ports the well-known catalog does not know, less the services already shown.
   */
  static List<ServicePort> search(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<ServicePort> found = new ArrayList<>();
    for (WellKnownPort service : WellKnownPort.all()) {
      if (mentions(service, lower)) {
        found.add(service);
      }
    }
    for (DefaultPort service : DefaultPort.all()) {
      if (mentions(service, lower)) {
        found.add(service);
      }
    }
    List<ServicePort> curated = List.copyOf(found);
    for (IanaPort service : IanaPort.all()) {
      if (WellKnownPort.byNumber(service.number()).isEmpty() && mentions(service, lower)
          && !shownAlready(curated, service)) {
        found.add(service);
      }
    }
    found.sort(Comparator.comparingInt(ServicePort::number));
    return found;
  }

  /** Tells whether {@code shown} has a service of the same port and service name as {@code service}. */
  private static boolean shownAlready(List<? extends ServicePort> shown, ServicePort service) {
    for (ServicePort other : shown) {
      if (other.number() == service.number() && other.serviceName().equalsIgnoreCase(service.serviceName())) {
        return true;
      }
    }
    return false;
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

  /** The catalog the service comes from: {@code well-known}, {@code defaults} or {@code iana}. */
  static String catalogOf(ServicePort service) {
    return service instanceof WellKnownPort ? "well-known" : service instanceof DefaultPort ? "defaults" : "iana";
  }

  /** The catalogs' sources and dates, for {@code --version}. */
  static String describe() {
    return describe(WellKnownPort.catalogSource(), WellKnownPort.catalogDate()) + ", "
        + describe(DefaultPort.catalogSource(), DefaultPort.catalogDate()) + ", "
        + describe(IanaPort.catalogSource(), IanaPort.catalogDate());
  }

  private static String describe(String source, String date) {
    return date.isEmpty() ? source : source + " of " + date;
  }
}
