package io.portolan.processor.model;

import io.portolan.internal.LookupOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A validated catalog, ready to generate.
 *
 * @param packageName the package to generate into
 * @param typeName the simple name of the typed catalog
 * @param constantsName the simple name of the class of {@code int} constants
 * @param table whether the typed catalog is a table class rather than an enum
 * @param source the catalog's source, as {@code @PortCatalog(source)} names it
 * @param date the date of the source's data, or empty when unknown
 * @param services the services, in the order of their first rows in the table
 */
public record Catalog(
    String packageName,
    String typeName,
    String constantsName,
    boolean table,
    String source,
    String date,
    List<Service> services) {

  /**
   * Returns which service each lookup name finds, keyed in lower case, in the order of every
   * generated catalog ({@link LookupOrder}).
   */
  public Map<String, Service> lookupNames() {
    return lookupNames(services);
  }

  /**
   * Returns the services of each port that has any, by port, each port's in the order of every
   * generated catalog ({@link LookupOrder}); a deprecated service is found by its name only.
   */
  public SortedMap<Integer, List<Service>> byNumber() {
    SortedMap<Integer, List<Service>> byPort = new TreeMap<>();
    for (Service service : services) {
      if (!service.isDeprecated()) {
        for (int port = service.firstPort(); port <= service.lastPort(); port++) {
          byPort.computeIfAbsent(port, key -> new ArrayList<>()).add(service);
        }
      }
    }
    byPort.replaceAll((port, portServices) -> List.copyOf(LookupOrder.ofPort(portServices,
        service -> LookupOrder.rank(service.assignment(), !service.rfcs().isEmpty()))));
    return byPort;
  }

  /** Returns {@link #lookupNames()} for {@code services}, in the order given. */
  public static Map<String, Service> lookupNames(List<Service> services) {
    return LookupOrder.byName(services, Service::effectiveServiceName, Service::aliases, Service::constant);
  }

  /** Returns the key lookups use for {@code name}. */
  public static String key(String name) {
    return LookupOrder.key(name);
  }
}
