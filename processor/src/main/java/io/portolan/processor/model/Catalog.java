package io.portolan.processor.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
   * Returns which service each lookup name finds, in the one order every generated catalog uses:
   * the table's own names first, service by service in table order (a service's name, then its
   * other names), each taking only a name no earlier service has taken, as the C library's
   * {@code getservbyname} reads a services file; then the constant names, where still free.
   * Keys are lower case.
   */
  public Map<String, Service> lookupNames() {
    return lookupNames(services);
  }

  /** Returns {@link #lookupNames()} for {@code services}, in the order given. */
  public static Map<String, Service> lookupNames(List<Service> services) {
    Map<String, Service> names = new LinkedHashMap<>();
    for (Service service : services) {
      names.putIfAbsent(key(service.effectiveServiceName()), service);
      for (String alias : service.aliases()) {
        names.putIfAbsent(key(alias), service);
      }
    }
    for (Service service : services) {
      names.putIfAbsent(key(service.constant()), service);
    }
    return names;
  }

  /** Returns the key lookups use for {@code name}. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
