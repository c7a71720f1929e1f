package io.portolan.processor.validate;

import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies what a request says of a catalog's named services: its renames, then its {@code include}
 * and {@code exclude} filters, then its port, transport and assignment filters.
 *
 * <p>A name names what the generated catalog's constants and lookups name: written as one of the
 * catalog's constants (its own or a second one, such as {@code DNS} or {@code DOMAIN}), that
 * constant's service; otherwise, in any case, every service that has it as its service name or an
 * alias, or else the service {@code byServiceName} finds by it ({@code dhcp_server}). A filter keeps
 * or drops every service a name names; a rename gives one service one constant, so a name that
 * several services share ({@code http-alt} on 591, 8008 and 8080; {@code microsoft-ds} for two rows
 * of the well-known catalog) is refused there, with the constants that name each one. So is renaming
 * one service twice, by whichever names.
 */
public final class RequestNames {
  private final List<Service> services;
  private final Map<String, Service> byConstant = new HashMap<>();
  private final Map<String, List<Service>> claimants = new HashMap<>();
  /** The catalog's lookups, made only for a name that is neither a constant nor a service's own name. */
  private Map<String, Service> byLookup;

  private RequestNames(List<Service> services) {
    this.services = services;
    // Plain loops: this runs over every service of the registry in each compile that names some.
    for (Service service : services) {
      byConstant.putIfAbsent(service.constant(), service);
      for (Service.OtherName other : service.otherNames()) {
        byConstant.putIfAbsent(other.constant(), service);
      }
      claim(Naming.lookupKey(service.effectiveServiceName()), service);
      for (String alias : service.aliases()) {
        claim(Naming.lookupKey(alias), service);
      }
    }
  }

  /** Records that {@code service} has the name {@code key}, once however often it lists it. */
  private void claim(String key, Service service) {
    List<Service> claiming = claimants.get(key);
    if (claiming == null) {
      claiming = new ArrayList<>(1);
      claimants.put(key, claiming);
    }
    if (claiming.isEmpty() || claiming.get(claiming.size() - 1) != service) {
      claiming.add(service);
    }
  }

  /**
   * Returns {@code services} renamed and filtered as {@code request} asks, in the same order;
   * reports every name that names no service, or more than one.
   *
   * @param ports the request's port filters, parsed: inclusive {@code [first, last]} pairs
   * @param complete whether the whole table was read; if not, names that match nothing are not
   *     reported, as they could be wrong
   */
  public static List<Service> apply(CatalogRequest request, List<int[]> ports, List<Service> services,
      boolean complete, Problems problems) {
    List<Service> renamed = rename(request.renames(), services, complete, problems);
    Set<Service> included = Set.of();
    Set<Service> excluded = Set.of();
    if (!request.include().isEmpty() || !request.exclude().isEmpty()) {
      RequestNames names = new RequestNames(renamed);
      included = names.resolveAll("include", request.include(), complete, problems);
      excluded = names.resolveAll("exclude", request.exclude(), complete, problems);
    }
    List<Service> kept = new ArrayList<>();
    for (Service service : renamed) {
      if ((!request.include().isEmpty() && !included.contains(service)) || excluded.contains(service)) {
        continue;
      }
      if (!request.assignments().isEmpty() && !request.assignments().contains(service.assignment())) {
        continue;
      }
      if (!ports.isEmpty() && ports.stream()
          .noneMatch(range -> range[0] <= service.lastPort() && service.firstPort() <= range[1])) {
        continue;
      }
      Service filtered = service;
      if (!request.transports().isEmpty()) {
        Set<Transport> transports = EnumSet.noneOf(Transport.class);
        transports.addAll(service.transports());
        transports.retainAll(request.transports());
        if (transports.isEmpty()) {
          continue;
        }
        filtered = service.withTransports(transports);
      }
      kept.add(filtered);
    }
    return kept;
  }

  /** Applies {@code renames}: each names one service and gives it a constant no other service has. */
  private static List<Service> rename(List<CatalogRequest.Rename> renames, List<Service> services, boolean complete,
      Problems problems) {
    if (renames.isEmpty()) {
      return services;
    }
    RequestNames names = new RequestNames(services);
    Map<Service, CatalogRequest.Rename> chosen = new IdentityHashMap<>();
    for (CatalogRequest.Rename rename : renames) {
      String why = Naming.whyNotConstant(rename.constant());
      if (why != null) {
        problems.add(Message.BAD_RENAME, "", rename.service(),
            "\"" + rename.constant() + "\" is not a valid constant name: " + why);
        continue;
      }
      List<Service> named = names.named(rename.service());
      if (named.isEmpty() && complete) {
        problems.add(Message.BAD_RENAME, "", rename.service(), "no service of this catalog has that name");
      }
      if (named.size() > 1) {
        // A rename gives one service one constant: a name several services share names none.
        problems.add(Message.AMBIGUOUS_NAME, "", "rename", rename.service(), named.size(), String.join(", ",
            named.stream().map(service -> service.constant() + " (" + service.portText() + ")").toList()));
      }
      Service service = named.size() == 1 ? named.get(0) : null;
      if (service != null && chosen.putIfAbsent(service, rename) != null) {
        problems.add(Message.BAD_RENAME, "", rename.service(), "the service " + service.constant()
            + " is renamed twice, also by \"" + chosen.get(service).service() + "\"");
      }
    }
    // A constant a rename gives must be no other constant of the catalog: not one a service keeps,
    // not one another rename gives, not one of the renamed service's second names.
    Map<String, Service> taken = new HashMap<>();
    for (Service service : services) {
      service.otherNames().forEach(other -> taken.putIfAbsent(other.constant(), service));
      if (!chosen.containsKey(service)) {
        taken.putIfAbsent(service.constant(), service);
      }
    }
    List<Service> renamed = new ArrayList<>(services.size());
    for (Service service : services) {
      CatalogRequest.Rename rename = chosen.get(service);
      if (rename != null) {
        Service owner = taken.putIfAbsent(rename.constant(), service);
        if (owner != null) {
          problems.add(Message.DUPLICATE_CONSTANT, "", rename.constant(), owner.portText(), owner.location());
        }
      }
      renamed.add(rename == null ? service : service.withConstant(rename.constant()));
    }
    return renamed;
  }

  /** Returns the services the names of a filter name; reports those that name none. */
  private Set<Service> resolveAll(String filter, List<String> names, boolean complete, Problems problems) {
    Set<Service> services = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String name : names) {
      List<Service> named = named(name);
      if (named.isEmpty() && complete) {
        problems.add(Message.UNKNOWN_FILTER_NAME, "", filter, name);
      }
      services.addAll(named);
    }
    return services;
  }

  /**
   * Returns the services {@code name} names: the one whose constant it is, as written; else every
   * service that has it as its service name or an alias, in any case (one name on several ports, as
   * a services file lists it); else the one the catalog's lookups find by it (a constant's or a
   * curated name's lookup name); else none.
   */
  private List<Service> named(String name) {
    Service constant = byConstant.get(name);
    if (constant != null) {
      return List.of(constant);
    }
    String key = Naming.lookupKey(name);
    List<Service> claiming = claimants.getOrDefault(key, List.of());
    if (!claiming.isEmpty()) {
      return claiming;
    }
    if (byLookup == null) {
      byLookup = Catalog.lookupNames(services);
    }
    Service found = byLookup.get(key);
    return found == null ? List.of() : List.of(found);
  }
}
