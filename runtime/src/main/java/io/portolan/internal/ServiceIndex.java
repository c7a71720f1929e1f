package io.portolan.internal;

import io.portolan.ServicePort;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lookups of a generated enum, {@code all()}, {@code byNumber(int)} and
 * {@code byServiceName(String)}, over its services in table order. The lookup tables are built the
 * first time a lookup needs them, once, however many threads race to it. Support for generated code
 * only; see the {@linkplain io.portolan.internal package}.
 *
 * <p>The services are found in {@link LookupOrder}, the order of every generated catalog.
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

  /** The table of names of {@link #tables}, or null until it is built. */
  private volatile NameProbe<Optional<S>> names;

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
   * Returns the services that use port {@code number}, in {@link LookupOrder}.
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
   * Returns the service that {@code name} names, ignoring case, in {@link LookupOrder}.
   *
   * @param name a service name, another name of a service, or a constant name
   * @return the service, or empty when none has that name
   */
  public Optional<S> byServiceName(String name) {
    Objects.requireNonNull(name, "name");
    // The names' table is a field of its own, one load closer than the tables that hold it.
    NameProbe<Optional<S>> names = this.names;
    if (names == null) {
      names = tables().names;
    }
    Optional<S> found = names.find(name);
    return found != null ? found : Optional.<S>empty();
  }

  private Tables<S> tables() {
    Tables<S> built = tables;
    if (built == null) {
      synchronized (this) {
        built = tables;
        if (built == null) {
          built = new Tables<>(services);
          tables = built;
          names = built.names;
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

    /**
     * The service each lower-case name finds, probed without allocating, as an {@code Optional} made
     * once, so that a lookup that finds one allocates nothing.
     */
    final NameProbe<Optional<S>> names;

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
      // One Optional a service, however many names find it.
      Map<S, Optional<S>> found = new IdentityHashMap<>();
      Map<String, Optional<S>> names = new HashMap<>();
      LookupOrder.byName(Arrays.asList(services), ServicePort::serviceName, ServicePort::aliases,
          ServicePort::constantName).forEach((name, service) ->
              names.put(name, found.computeIfAbsent(service, Optional::of)));
      this.positions = positions;
      this.byNumber = byNumber;
      this.names = new NameProbe<>(names);
    }

    /** Returns the services of one port, in table order, in lookup order. */
    private static <S extends ServicePort> List<S> lookupOrder(List<S> services) {
      if (services.size() == 1) {
        return Collections.singletonList(services.get(0));
      }
      return Collections.unmodifiableList(LookupOrder.ofPort(services,
          service -> LookupOrder.rank(service.assignment(), !service.references().isEmpty())));
    }
  }
}
