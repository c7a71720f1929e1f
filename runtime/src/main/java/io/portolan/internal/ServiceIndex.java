package io.portolan.internal;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lookups of a generated enum, {@code all()}, {@code byNumber(int)} and
 * {@code byServiceName(String)}, over its services in table order. The lookup tables are built the
 * first time a lookup needs them, once, however many threads race to it. Support for generated code
 * only; see the {@linkplain io.portolan.internal package}.
 *
 * <p>The rules are those every generated catalog follows. By number, a port's services come
 * official before unofficial (the order of {@link Assignment}), then those that cite an RFC before
 * the others, then in table order; deprecated services are left out. By name, ignoring case, the
 * table's own names come first, service by service in table order (its service name, then its other
 * names), each taking only a name no earlier service has taken; then the constant names, where
 * still free.
 *
 * @param <S> the type of the services
 */
public final class ServiceIndex<S extends ServicePort> {
  /** The services in table order; never modified. */
  private final S[] services;

  /** The same, as {@link #all()} hands them out. */
  private final List<S> all;

  /** The lookup tables, or null until a lookup first needs them. */
  private volatile Tables<S> tables;

  /**
   * Creates the index of {@code services}, building nothing yet.
   *
   * @param services every service of the catalog in table order, such as an enum's
   *     {@code values()}; the index keeps the array, which no one else may change
   */
  public ServiceIndex(S[] services) {
    this.services = services;
    this.all = Collections.unmodifiableList(Arrays.asList(services));
  }

  /**
   * Returns every service, in table order.
   *
   * @return an unmodifiable list
   */
  public List<S> all() {
    return all;
  }

  /**
   * Returns the services that use port {@code number}, in the order the class comment gives.
   *
   * @param number a port number
   * @return an unmodifiable list, empty when no service uses the port
   */
  public List<S> byNumber(int number) {
    Tables<S> tables = tables();
    int position = number >= 0 && number < tables.positions.length ? tables.positions[number] : 0;
    return position == 0 ? Collections.<S>emptyList() : tables.byNumber.get(position - 1);
  }

  /**
   * Returns the service that {@code name} names, ignoring case, as the class comment says.
   *
   * @param name a service name, another name of a service, or a constant name
   * @return the service, or empty when none has that name
   */
  public Optional<S> byServiceName(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(tables().byName.get(name.toLowerCase(Locale.ROOT)));
  }

  private Tables<S> tables() {
    Tables<S> built = tables;
    if (built == null) {
      synchronized (this) {
        built = tables;
        if (built == null) {
          built = new Tables<>(services);
          tables = built;
        }
      }
    }
    return built;
  }

  /** The lookup tables, immutable once built. */
  private static final class Tables<S extends ServicePort> {
    /** One plus the position in {@code byNumber} of each port's services, or 0 for none. */
    final int[] positions;

    /** The services of each port that has any, in lookup order. */
    final List<List<S>> byNumber;

    /** The service each lower-case name finds. */
    final Map<String, S> byName;

    Tables(S[] services) {
      int highest = 0;
      for (S service : services) {
        highest = Math.max(highest, service.lastNumber());
      }
      int[] positions = new int[highest + 1];
      List<List<S>> byNumber = new ArrayList<>();
      for (S service : services) {
        if (service.isDeprecated()) {
          continue;
        }
        for (int number = service.number(); number <= service.lastNumber(); number++) {
          if (positions[number] == 0) {
            byNumber.add(new ArrayList<S>(1));
            positions[number] = byNumber.size();
          }
          byNumber.get(positions[number] - 1).add(service);
        }
      }
      for (int i = 0; i < byNumber.size(); i++) {
        byNumber.set(i, lookupOrder(byNumber.get(i)));
      }
      Map<String, S> byName = new HashMap<>();
      for (S service : services) {
        byName.putIfAbsent(service.serviceName().toLowerCase(Locale.ROOT), service);
        for (String alias : service.aliases()) {
          byName.putIfAbsent(alias.toLowerCase(Locale.ROOT), service);
        }
      }
      for (S service : services) {
        byName.putIfAbsent(service.constantName().toLowerCase(Locale.ROOT), service);
      }
      this.positions = positions;
      this.byNumber = byNumber;
      this.byName = byName;
    }

    /** Returns the services of one port, in table order, in lookup order. */
    private static <S extends ServicePort> List<S> lookupOrder(List<S> services) {
      if (services.size() == 1) {
        return Collections.singletonList(services.get(0));
      }
      List<S> ordered = new ArrayList<>(services.size());
      for (Assignment assignment : Assignment.values()) {
        for (boolean citesRfc : new boolean[] {true, false}) {
          for (S service : services) {
            if (service.assignment() == assignment && service.references().isEmpty() != citesRfc) {
              ordered.add(service);
            }
          }
        }
      }
      return Collections.unmodifiableList(ordered);
    }
  }
}
