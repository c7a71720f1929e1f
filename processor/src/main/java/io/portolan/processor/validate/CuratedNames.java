package io.portolan.processor.validate;

import io.portolan.processor.model.Service;
import io.portolan.processor.parse.CuratedNameReader.CuratedName;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the curated naming layer ({@code names.csv}) to a bundled catalog, so that a constant
 * means the same port in every bundled catalog and the names developers type exist beside IANA's
 * keywords. Users' own tables are never touched.
 *
 * <p>For each name that stands for an IANA keyword: the catalog's service of that name (its own or
 * an alias) whose ports include the name's port is the one it names; a catalog without such a
 * service, or that already has the constant on that port, needs nothing. First, every such service
 * whose constant the layer gives to another port takes the curated name instead ({@code HTTP_ALT}
 * on 591 becomes {@code HTTP_ALT_591}). Then every other curated name becomes a second name of its
 * service: another {@code int} constant, a field of an enum, and a lookup name, the constant in
 * lower case ({@code dhcp_server}), so that the constant's own name finds the service, unless a
 * service of the catalog already answers to that.
 *
 * <p>Where the catalog's constants come from the naming rule (the IANA registry), a curated name
 * that stands for the whole service, all its transports on the port, leads: it becomes the
 * service's constant and {@code constantName()}, and the rule's name becomes the second name
 * ({@code DNS} leads {@code DOMAIN}; {@code MSSQL} leads {@code MS_SQL_S}). A curated name for part
 * of a service ({@code QUIC_HTTP}, HTTP on UDP only) stays second, and so does every curated name of
 * a table that chose its constants itself (the well-known catalog's {@code BOOTPS} keeps its
 * {@code DHCP_SERVER}). Last, no constant may repeat.
 */
public final class CuratedNames {
  private CuratedNames() {}

  /**
   * Returns {@code services} with the curated names of {@code names} applied, in the same order;
   * reports a constant that would repeat.
   */
  public static List<Service> apply(List<Service> services, List<CuratedName> names, boolean curatedNamesLead,
      Problems problems) {
    List<Service> result = new ArrayList<>(services);
    Map<String, Integer> curatedPorts = new HashMap<>();
    names.forEach(name -> curatedPorts.putIfAbsent(name.constant(), name.port()));

    List<CuratedName> pending = new ArrayList<>();
    Map<CuratedName, Integer> targets = new LinkedHashMap<>();
    for (CuratedName name : names) {
      if (name.service().isEmpty() || hasConstantOnPort(result, name.constant(), name.port())) {
        continue;
      }
      int target = find(result, name);
      if (target < 0) {
        continue;
      }
      targets.put(name, target);
    }
    // Replacements first, so that a name has left its old port before it becomes a second name.
    targets.forEach((name, target) -> {
      Service service = result.get(target);
      Integer curatedPort = curatedPorts.get(service.constant());
      if (curatedPort != null && (curatedPort < service.firstPort() || curatedPort > service.lastPort())) {
        result.set(target, service.withConstant(name.constant()));
      } else {
        pending.add(name);
      }
    });
    Set<String> lookupNames = new HashSet<>();
    for (Service service : result) {
      lookupNames.add(Naming.lookupKey(service.effectiveServiceName()));
      lookupNames.addAll(service.aliases());
      lookupNames.add(Naming.lookupKey(service.constant()));
    }
    Set<Integer> led = new HashSet<>();
    for (CuratedName name : pending) {
      int target = targets.get(name);
      Service service = result.get(target);
      if (curatedNamesLead && !service.isDeprecated() && name.transports().containsAll(service.transports())
          && led.add(target)) {
        // The rule's name was this service's constant, so its lookup name stays the service's, as an
        // alias unless it is the service's own name already.
        String ruleKey = Naming.lookupKey(service.constant());
        boolean ownName = ruleKey.equals(Naming.lookupKey(service.effectiveServiceName()))
            || service.aliases().contains(ruleKey);
        lookupNames.add(Naming.lookupKey(name.constant()));
        result.set(target, service.withConstant(name.constant()).withOtherName(
            new Service.OtherName(service.constant(), name.service(), name.reason(), true), ownName ? "" : ruleKey));
      } else {
        result.set(target, service.withOtherName(
            new Service.OtherName(name.constant(), name.service(), name.reason(), false),
            lookupName(name.constant(), lookupNames)));
      }
    }
    checkUnique(result, names, problems);
    return List.copyOf(result);
  }

  /**
   * Returns the lookup name of a second constant: the constant in lower case, so that byServiceName
   * finds the service by the constant's own name; empty when a service already answers to it.
   */
  private static String lookupName(String constant, Set<String> lookupNames) {
    String key = Naming.lookupKey(constant);
    return lookupNames.add(key) ? key : "";
  }

  /**
   * Returns the services of {@code services}, each current one with the registry date {@code date};
   * a deprecated one, a name that left the registry, says so in its own Javadoc instead.
   */
  public static List<Service> withRegistryDate(List<Service> services, String date) {
    return services.stream().map(service -> service.isDeprecated() ? service : service.withRegistryDate(date))
        .toList();
  }

  private static boolean hasConstantOnPort(List<Service> services, String constant, int port) {
    for (Service service : services) {
      if (covers(service, port) && (service.constant().equals(constant)
          || service.otherNames().stream().anyMatch(other -> other.constant().equals(constant)))) {
        return true;
      }
    }
    return false;
  }

  private static int find(List<Service> services, CuratedName name) {
    String key = Naming.lookupKey(name.service());
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      if (covers(service, name.port())
          && (Naming.lookupKey(service.serviceName()).equals(key) || service.aliases().contains(key))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean covers(Service service, int port) {
    return service.firstPort() <= port && port <= service.lastPort();
  }

  private static void checkUnique(List<Service> services, List<CuratedName> names, Problems problems) {
    Map<String, Service> owners = new HashMap<>();
    Map<String, String> rows = new HashMap<>();
    names.forEach(name -> rows.putIfAbsent(name.constant(), name.location()));
    for (Service service : services) {
      List<String> constants = new ArrayList<>();
      constants.add(service.constant());
      service.otherNames().forEach(other -> constants.add(other.constant()));
      for (String constant : constants) {
        Service owner = owners.putIfAbsent(constant, service);
        if (owner != null && owner != service) {
          problems.add(Message.DUPLICATE_CONSTANT, rows.getOrDefault(constant, service.location()), constant,
              owner.portText(), owner.location());
        }
      }
    }
  }
}
