package io.portolan.processor.validate;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Provenance;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableRow;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
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
 * service and merges the rows of one service. Reports every problem it finds. What a request says
 * of the services (renames, filters) is {@link RequestNames}'; what the generated code can hold is
 * checked by {@link io.portolan.processor.CatalogCompiler}, next to the generators.
 */
public final class CatalogBuilder {
  private final Problems problems;

  private CatalogBuilder(Problems problems) {
    this.problems = problems;
  }

  /**
   * Builds the services of {@code table}, in table order, with the services that {@code retired}
   * gives for them (the names that left the table, kept deprecated) after them.
   *
   * @return the services; when {@code problems} holds errors, those that could be built
   */
  public static List<Service> build(Table table, Problems problems, Function<List<Service>, List<Service>> retired) {
    CatalogBuilder builder = new CatalogBuilder(problems);
    List<Service> services = builder.merge(builder.name(foldAliases(table.rows())));
    services.addAll(retired.apply(List.copyOf(services)));
    services.sort(Comparator.comparingInt(Service::order));
    return List.copyOf(services);
  }

  /** Builds the services of {@code table}, in table order. */
  public static List<Service> build(Table table, Problems problems) {
    return build(table, problems, current -> List.of());
  }

  /** Returns why a catalog of {@code table} can have no service left, as {@code EmptyCatalog} says it. */
  public static String whyEmpty(Table table) {
    return table.rows().isEmpty() ? ": the table has no rows"
        : table.rows().stream().noneMatch(TableRow::namesService) ? ": every row is unassigned or reserved"
        : " after its filters";
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

  /**
   * Merges the drafts that share a constant name and a port into one service. Drafts that share a
   * derived name but not a port are told apart by their port: the first keeps the name, the others
   * get {@code _<port>}. Constant names that a table gives explicitly must not repeat.
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
        oneDescription ? Map.of() : Collections.unmodifiableMap(descriptions),
        new Provenance(head.product(), head.source(), head.version()));
  }

  /**
   * Warns about the table's names that lookups give another service, because an earlier service
   * of the table already has that name (see {@link Catalog#lookupNames()}): worth saying for tables
   * that list aliases by hand.
   */
  public static void checkLookupNames(List<Service> services, Problems problems) {
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
