package io.portolan.internal;

import io.portolan.Assignment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The order in which every generated catalog's lookups find services, written once: the enum's
 * {@link ServiceIndex} applies it at run time, and the processor applies it when it writes a table
 * class's index data. Support for generated code only; see the {@linkplain io.portolan.internal
 * package}.
 *
 * <ul>
 *   <li><b>By number</b>, a port's services come official before unofficial (the order of
 *       {@link Assignment}), then those that cite an RFC before the others, then in table order.
 *       Deprecated services are found by name only.
 *   <li><b>By name</b>, ignoring case: the table's own names first, service by service in table
 *       order (a service's name, then its other names), each taking only a name no earlier service
 *       has taken, as the C library's {@code getservbyname} reads a services file; then the constant
 *       names, where still free.
 * </ul>
 */
public final class LookupOrder {
  private LookupOrder() {}

  /**
   * Returns the rank of a service among the services of its port: lower ranks come first, and
   * services of one rank keep their table order.
   *
   * @param assignment the service's assignment
   * @param citesRfc whether the service cites an RFC
   * @return the rank, from 0
   */
  public static int rank(Assignment assignment, boolean citesRfc) {
    return assignment.ordinal() * 2 + (citesRfc ? 0 : 1);
  }

  /**
   * Returns the services of one port, given in table order, in lookup order.
   *
   * @param services the port's services, in table order
   * @param rank each service's {@link #rank}
   * @param <S> the type of the services
   * @return a new list
   */
  public static <S> List<S> ofPort(List<S> services, ToIntFunction<S> rank) {
    List<S> ordered = new ArrayList<>(services);
    // List.sort is stable: services of one rank keep their table order.
    ordered.sort(Comparator.comparingInt(rank));
    return ordered;
  }

  /**
   * Returns which service each lookup name finds, keyed by {@link #key}, in the order names are
   * claimed.
   *
   * @param services the services, in table order
   * @param serviceName a service's own name
   * @param otherNames a service's other names (aliases), in their order
   * @param constantName a service's constant name
   * @param <S> the type of the services
   * @return a new map
   */
  public static <S> Map<String, S> byName(Collection<S> services, Function<S, String> serviceName,
      Function<S, ? extends Collection<String>> otherNames, Function<S, String> constantName) {
    Map<String, S> names = new LinkedHashMap<>();
    for (S service : services) {
      names.putIfAbsent(key(serviceName.apply(service)), service);
      for (String other : otherNames.apply(service)) {
        names.putIfAbsent(key(other), service);
      }
    }
    for (S service : services) {
      names.putIfAbsent(key(constantName.apply(service)), service);
    }
    return names;
  }

  /**
   * Returns the key a name is looked up by: its lower case, in {@link Locale#ROOT}.
   *
   * @param name a name
   * @return the key
   */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
