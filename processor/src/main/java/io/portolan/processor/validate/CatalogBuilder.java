package io.portolan.processor.validate;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableRow;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of a table into services: folds alias rows into their service, names every
 * service, merges the rows of one service, and applies the request's renames and filters. Reports
 * every problem it finds; returns null if any is an error. What the generated code can hold is
 * checked by {@link io.portolan.processor.CatalogCompiler}, next to the generators.
 */
public final class CatalogBuilder {
  private final CatalogRequest request;
  private final List<int[]> ports;
  private final boolean complete;
  private final Problems problems;

  private CatalogBuilder(CatalogRequest request, List<int[]> ports, boolean complete, Problems problems) {
    this.request = request;
    this.ports = ports;
    this.complete = complete;
    this.problems = problems;
  }

  /**
   * Builds the services {@code request} asks for from {@code table}, in table order.
   *
   * @param ports the request's port filters, parsed: inclusive {@code [first, last]} pairs
   * @param tableLocation where an error about the whole table is reported: its header, {@code file:line}
   * @param complete whether every row of the table could be read; if not, the checks of the table
   *     as a whole (names that match nothing, an empty catalog) are left out, as they could be wrong
   * @param checkAliases whether to warn about aliases that find another service first, which is
   *     worth saying for tables that list aliases by hand
   * @return the services, or null when there are errors
   */
  public static List<Service> build(CatalogRequest request, List<int[]> ports, Table table, String tableLocation,
      boolean complete, Problems problems, boolean checkAliases) {
    return build(request, ports, table, tableLocation, complete, problems, checkAliases, current -> List.of());
  }

  /**
   * Builds the services as {@link #build(CatalogRequest, List, Table, String, boolean, Problems, boolean)}
   * does, with the services that {@code retired} gives for the table's services (named and merged,
   * not yet filtered) after them. The filters apply to both; renames only to the table's.
   */
  public static List<Service> build(CatalogRequest request, List<int[]> ports, Table table, String tableLocation,
      boolean complete, Problems problems, boolean checkAliases, Function<List<Service>, List<Service>> retired) {
    return new CatalogBuilder(request, ports, complete, problems).build(table, tableLocation, checkAliases, retired);
  }

  private List<Service> build(Table table, String tableLocation, boolean checkAliases,
      Function<List<Service>, List<Service>> retired) {
    List<Draft> drafts = name(foldAliases(table.rows()));
    rename(drafts);
    List<Service> services = merge(drafts);
    services.addAll(retired.apply(List.copyOf(services)));
    services = filter(services);
    services.sort(Comparator.comparingInt(Service::order));
    if (services.isEmpty() && complete && !problems.hasErrors()) {
      String why = table.rows().isEmpty() ? ": the table has no rows"
          : table.rows().stream().noneMatch(TableRow::namesService) ? ": every row is unassigned or reserved"
          : " after its filters";
      problems.add(Message.EMPTY_CATALOG, tableLocation, why);
    }
    if (checkAliases) {
      checkLookupNames(services);
    }
    return problems.hasErrors() ? null : List.copyOf(services);
  }

  /** A row on its way to becoming (part of) a service. */
  private static final class Draft {
    final TableRow row;
    final int order;
    final Set<String> aliases = new LinkedHashSet<>();
    String constant;
    boolean explicit;

    Draft(TableRow row, int order) {
      this.row = row;
      this.order = order;
      row.aliases().forEach(alias -> aliases.add(Naming.lookupKey(alias)));
    }

    boolean answersTo(String key) {
      return Naming.lookupKey(constant).equals(key) || Naming.lookupKey(row.service()).equals(key)
          || aliases.contains(key);
    }
  }

  /** Makes each row that only records another name of a service into an alias of that service. */
  private static List<Draft> foldAliases(List<TableRow> rows) {
    Map<String, Draft> byNameAndPort = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    List<TableRow> aliasRows = new ArrayList<>();
    for (TableRow row : rows) {
      if (!row.namesService()) {
        continue;
      }
      if (!row.aliasOf().isEmpty()) {
        aliasRows.add(row);
        continue;
      }
      Draft draft = new Draft(row, drafts.size());
      drafts.add(draft);
      byNameAndPort.putIfAbsent(nameAndPort(row.service(), row), draft);
    }
    for (TableRow row : aliasRows) {
      Draft target = byNameAndPort.get(nameAndPort(row.aliasOf(), row));
      if (target != null) {
        target.aliases.add(Naming.lookupKey(row.service()));
      } else {
        drafts.add(new Draft(row, drafts.size()));
      }
    }
    drafts.sort(Comparator.comparingInt(draft -> draft.row.line()));
    return drafts;
  }

  private static String nameAndPort(String name, TableRow row) {
    return Naming.lookupKey(name) + " " + row.firstPort() + "-" + row.lastPort();
  }

  /** Gives each draft its constant name: the table's own, or one derived from its service name. */
  private List<Draft> name(List<Draft> drafts) {
    List<Draft> named = new ArrayList<>();
    for (Draft draft : drafts) {
      TableRow row = draft.row;
      if (!row.constant().isEmpty()) {
        String why = Naming.whyNotConstant(row.constant());
        if (why != null) {
          problems.add(Message.BAD_CONSTANT, row.location(), row.constant(), why);
          continue;
        }
        draft.constant = row.constant();
        draft.explicit = true;
      } else {
        draft.constant = Naming.constantFor(row.service());
        if (draft.constant.isEmpty()) {
          problems.add(Message.BAD_SERVICE_NAME, row.location(), row.service());
          continue;
        }
      }
      named.add(draft);
    }
    return named;
  }

  /** Applies {@code rename}: each names a service by any of its names and gives it a constant. */
  private void rename(List<Draft> drafts) {
    for (CatalogRequest.Rename rename : request.renames()) {
      String name = rename.service();
      String constant = rename.constant();
      String why = Naming.whyNotConstant(constant);
      if (why != null) {
        problems.add(Message.BAD_RENAME, "", name, "\"" + constant + "\" is not a valid constant name: " + why);
        continue;
      }
      String key = Naming.lookupKey(name);
      List<Draft> matches = drafts.stream().filter(draft -> draft.answersTo(key)).toList();
      if (matches.isEmpty() && complete) {
        problems.add(Message.BAD_RENAME, "", name, "no service of this catalog has that name");
      }
      for (Draft draft : matches) {
        draft.constant = constant;
        draft.explicit = true;
      }
    }
  }

  /**
   * Merges the drafts that share a constant name and a port into one service. Drafts that share a
   * derived name but not a port are told apart by their port: the first keeps the name, the others
   * get {@code _<port>}. Constant names that a table or a rename gives explicitly must not repeat.
   */
  private List<Service> merge(List<Draft> drafts) {
    Map<String, Map<String, List<Draft>>> byConstant = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      byConstant.computeIfAbsent(draft.constant, constant -> new LinkedHashMap<>())
          .computeIfAbsent(draft.row.firstPort() + "-" + draft.row.lastPort(), ports -> new ArrayList<>())
          .add(draft);
    }
    Set<String> taken = new HashSet<>(byConstant.keySet());
    List<Service> services = new ArrayList<>();
    byConstant.forEach((constant, byPorts) -> {
      List<Draft> first = null;
      for (List<Draft> group : byPorts.values()) {
        if (first == null) {
          first = group;
          services.add(mergeGroup(constant, group));
          continue;
        }
        Draft clash = group.get(0);
        String suffixed = Naming.onPort(constant, clash.row.firstPort());
        boolean explicit = group.stream().anyMatch(draft -> draft.explicit) || first.stream().anyMatch(draft -> draft.explicit);
        if (explicit || !taken.add(suffixed)) {
          problems.add(Message.DUPLICATE_CONSTANT, clash.row.location(), constant,
              first.get(0).row.firstPort() == first.get(0).row.lastPort()
                  ? Integer.toString(first.get(0).row.firstPort())
                  : first.get(0).row.firstPort() + "-" + first.get(0).row.lastPort(),
              first.get(0).row.location());
          continue;
        }
        services.add(mergeGroup(suffixed, group));
      }
    });
    return services;
  }

  private Service mergeGroup(String constant, List<Draft> group) {
    TableRow head = group.get(0).row;
    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    String serviceName = "";
    Set<String> aliases = new LinkedHashSet<>();
    Set<Integer> rfcs = new LinkedHashSet<>();
    String description = "";
    Assignment assignment = head.status().assignment().orElseThrow();
    Map<Transport, String> descriptions = new EnumMap<>(Transport.class);
    for (Draft draft : group) {
      TableRow row = draft.row;
      transports.addAll(row.transports());
      row.transports().forEach(transport -> descriptions.putIfAbsent(transport, row.description()));
      if (serviceName.isEmpty()) {
        serviceName = row.service();
      } else if (!row.service().isEmpty()) {
        aliases.add(Naming.lookupKey(row.service()));
      }
      aliases.addAll(draft.aliases);
      rfcs.addAll(row.rfcs());
      if (description.isEmpty()) {
        description = row.description();
      }
      Assignment rowAssignment = row.status().assignment().orElseThrow();
      if (rowAssignment != assignment) {
        problems.add(Message.CONFLICTING_MERGE, row.location(), constant, "official or unofficial", head.location());
      }
    }
    aliases.remove(Naming.lookupKey(serviceName));
    String first = description;
    boolean oneDescription = descriptions.values().stream().allMatch(first::equals);
    return new Service(constant, head.firstPort(), head.lastPort(), transports, serviceName, List.copyOf(aliases),
        assignment, description, List.copyOf(rfcs), head.location(), group.get(0).order, null, head.seedStatus(),
        head.statusNote(), "", List.of(),
        oneDescription ? Map.of() : Collections.unmodifiableMap(descriptions));
  }

  /** Applies the request's filters, reporting names that match no service. */
  private List<Service> filter(List<Service> services) {
    Set<String> known = new HashSet<>();
    for (Service service : services) {
      known.addAll(namesOf(service));
    }
    checkNames("include", request.include(), known);
    checkNames("exclude", request.exclude(), known);
    Set<String> include = keys(request.include());
    Set<String> exclude = keys(request.exclude());

    List<Service> kept = new ArrayList<>();
    for (Service service : services) {
      Set<String> names = namesOf(service);
      if (!include.isEmpty() && names.stream().noneMatch(include::contains)) {
        continue;
      }
      if (names.stream().anyMatch(exclude::contains)) {
        continue;
      }
      if (!request.assignments().isEmpty() && !request.assignments().contains(service.assignment())) {
        continue;
      }
      if (!ports.isEmpty() && !inPortFilter(service)) {
        continue;
      }
      if (!request.transports().isEmpty()) {
        Set<Transport> transports = EnumSet.noneOf(Transport.class);
        transports.addAll(service.transports());
        transports.retainAll(request.transports());
        if (transports.isEmpty()) {
          continue;
        }
        service = service.withTransports(transports);
      }
      kept.add(service);
    }
    return kept;
  }

  private boolean inPortFilter(Service service) {
    return ports.stream()
        .anyMatch(range -> range[0] <= service.lastPort() && service.firstPort() <= range[1]);
  }

  private void checkNames(String filter, List<String> names, Set<String> known) {
    for (String name : names) {
      if (!known.contains(Naming.lookupKey(name)) && complete) {
        problems.add(Message.UNKNOWN_FILTER_NAME, "", filter, name);
      }
    }
  }

  private static Set<String> keys(List<String> names) {
    Set<String> keys = new HashSet<>();
    names.forEach(name -> keys.add(Naming.lookupKey(name)));
    return keys;
  }

  private static Set<String> namesOf(Service service) {
    Set<String> names = new HashSet<>(service.aliases());
    names.add(Naming.lookupKey(service.constant()));
    if (!service.serviceName().isEmpty()) {
      names.add(Naming.lookupKey(service.serviceName()));
    }
    return names;
  }

  /**
   * Warns about the table's names that lookups give another service, because an earlier service
   * of the table already has that name (see {@link Catalog#lookupNames()}).
   */
  private void checkLookupNames(List<Service> services) {
    Map<String, Service> finds = Catalog.lookupNames(services);
    for (Service service : services) {
      List<String> names = new ArrayList<>(service.aliases());
      names.add(0, service.effectiveServiceName());
      for (String name : names) {
        Service found = finds.get(Naming.lookupKey(name));
        if (found != service) {
          problems.add(Message.SHADOWED_NAME, service.location(), name, service.constant(), found.constant(),
              found.location());
        }
      }
    }
  }
}
