package io.portolan.tools.diff;

import io.portolan.Transport;
import io.portolan.tools.diff.DiffTable.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compares two port tables service by service.
 *
 * <p><b>A service</b> is one name on one port (or range) with one transport: one record of the IANA
 * registry, which has a record per name and transport, and one line of a services file; a row of
 * Portolan's format with several transports counts once per transport. The name is the IANA or
 * services-file name, or for Portolan's format the row's constant (its service name when it has no
 * constant); names are compared ignoring case, as lookups compare them. Only rows that name a service
 * and have a port count: Unassigned and Reserved rows do not, nor IANA's names without a port, which
 * are for DNS-SD only. A name on several ports (IANA's {@code msp} on 18 and 2438) is one service per
 * port. IANA's alias and duplicate records ({@code www}, {@code www-http} for {@code http}) are
 * services of their own, as their names are looked up like any other. A table with the same name,
 * port and transport twice counts the first.
 *
 * <p>Services with the same name, port and transport in both tables are unchanged, or their
 * description changed; descriptions are compared with every run of white space taken as one space,
 * so a line break IANA puts where a space was is no change. The others are paired in this order, each service at most once:
 *
 * <ol>
 *   <li><b>moved</b>: the only old service of a name and transport that the new table lacks, and the
 *       only new one it adds, on another port;
 *   <li><b>transports changed</b>: the name stays on the port in both tables, with other transports;
 *       each service that left or arrived is listed, with the old and new transports;
 *   <li><b>port withdrawn</b>: the new table has the name only without a port (IANA keeps names for
 *       DNS-SD: {@code netconf-beep} after RFC 9900);
 *   <li><b>renamed</b>: the only old service on a port and transport whose name the new table lacks
 *       altogether, and the only new one there whose name the old table lacks;
 *   <li>what is left was <b>removed</b> or <b>added</b>.
 * </ol>
 *
 * <p>For the IANA registry, a change carries the date the registry gives it (the modification or
 * registration date of the record that shows it, when that is newer than the old table) and, for a port given up, the note IANA left on the
 * Reserved record that holds the port now ({@code De-assigned on 2025-02-13, previously compressnet}).
 */
public final class RegistryDiff {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private RegistryDiff() {}

  /** Compares {@code before} with {@code after}. */
  public static DiffReport compare(DiffTable before, DiffTable after) {
    Map<String, Entry> oldEntries = before.entries();
    Map<String, Entry> newEntries = after.entries();
    List<Change> changes = new ArrayList<>();
    Set<Entry> gone = new LinkedHashSet<>();
    Set<Entry> arrived = new LinkedHashSet<>();
    int unchanged = 0;
    for (Entry old : oldEntries.values()) {
      Entry now = newEntries.get(old.key());
      if (now == null) {
        gone.add(old);
      } else if (!sameText(old.description(), now.description())) {
        changes.add(change(ChangeKind.DESCRIPTION_CHANGED, old, old.description(), now.description(), now.date(), ""));
      } else {
        unchanged++;
      }
    }
    for (Entry now : newEntries.values()) {
      if (!oldEntries.containsKey(now.key())) {
        arrived.add(now);
      }
    }

    Map<String, List<Entry>> goneByNameAndTransport = group(gone, entry -> entry.name() + "|" + entry.transportKeyword());
    Map<String, List<Entry>> arrivedByNameAndTransport =
        group(arrived, entry -> entry.name() + "|" + entry.transportKeyword());
    for (Map.Entry<String, List<Entry>> group : goneByNameAndTransport.entrySet()) {
      List<Entry> to = arrivedByNameAndTransport.getOrDefault(group.getKey(), List.of());
      if (group.getValue().size() == 1 && to.size() == 1) {
        Entry old = group.getValue().get(0);
        Entry now = to.get(0);
        changes.add(change(ChangeKind.MOVED, old, "", now.port(), now.date(), ""));
        gone.remove(old);
        arrived.remove(now);
      }
    }

    Map<String, Set<Transport>> oldTransports = transportsByNameAndPort(oldEntries);
    Map<String, Set<Transport>> newTransports = transportsByNameAndPort(newEntries);
    for (Set<Entry> side : List.of(gone, arrived)) {
      for (Entry entry : List.copyOf(side)) {
        String at = entry.name() + "|" + entry.port();
        if (oldTransports.containsKey(at) && newTransports.containsKey(at)) {
          String date = side == arrived ? entry.date() : "";
          changes.add(change(ChangeKind.TRANSPORTS_CHANGED, entry, keywords(oldTransports.get(at)),
              keywords(newTransports.get(at)), date, ""));
          side.remove(entry);
        }
      }
    }

    Set<String> oldNames = names(oldEntries);
    Set<String> newNames = names(newEntries);
    Holders holders = after.holders(gone);
    for (Entry old : List.copyOf(gone)) {
      if (!newNames.contains(old.name()) && after.keepsWithoutPort(old.name())) {
        changes.add(given(ChangeKind.PORT_WITHDRAWN, old, holders));
        gone.remove(old);
      }
    }

    Map<String, List<Entry>> goneByPlace = group(gone, entry -> entry.port() + "|" + entry.transportKeyword());
    Map<String, List<Entry>> arrivedByPlace = group(arrived, entry -> entry.port() + "|" + entry.transportKeyword());
    for (Map.Entry<String, List<Entry>> place : goneByPlace.entrySet()) {
      List<Entry> from = place.getValue().stream().filter(entry -> !newNames.contains(entry.name())).toList();
      List<Entry> to = arrivedByPlace.getOrDefault(place.getKey(), List.of()).stream()
          .filter(entry -> !oldNames.contains(entry.name()) && !before.keepsWithoutPort(entry.name()))
          .toList();
      if (from.size() == 1 && to.size() == 1) {
        Entry old = from.get(0);
        Entry now = to.get(0);
        changes.add(change(ChangeKind.RENAMED, old, "", now.service(), now.date(), ""));
        gone.remove(old);
        arrived.remove(now);
      }
    }

    for (Entry old : gone) {
      changes.add(given(ChangeKind.REMOVED, old, holders));
    }
    for (Entry now : arrived) {
      changes.add(change(ChangeKind.ADDED, now, "", now.description(), now.date(), ""));
    }
    changes.replaceAll(change -> change.date().compareTo(before.date()) > 0 ? change
        : new Change(change.kind(), change.service(), change.port(), change.transport(), change.before(),
            change.after(), "", change.note()));
    changes.sort(ORDER);
    return new DiffReport(before.name(), before.date(), after.name(), after.date(), changes, unchanged);
  }

  private static final Comparator<Change> ORDER = Comparator.comparing(Change::kind)
      .thenComparingInt(change -> firstPort(change.port()))
      .thenComparing(change -> change.port())
      .thenComparing(change -> change.service().toLowerCase(Locale.ROOT))
      .thenComparingInt(change -> transportOrder(change.transport()));

  private static int firstPort(String port) {
    int dash = port.indexOf('-');
    return Integer.parseInt(dash < 0 ? port : port.substring(0, dash));
  }

  private static int transportOrder(String keyword) {
    return keyword.equals("-") ? Transport.values().length : Transport.ofKeyword(keyword).ordinal();
  }

  /** A service given up: removed, or its port withdrawn; with the note on the record holding its port now. */
  private static Change given(ChangeKind kind, Entry old, Holders holders) {
    Optional<DiffTable.Unnamed> holder = holders.of(old);
    String date = holder.map(DiffTable.Unnamed::date).orElse("");
    String note = holder.map(record -> record.notes().replaceAll("\\s+", " ").strip()).orElse("");
    return change(kind, old, kind == ChangeKind.REMOVED ? old.description() : "", "", date, note);
  }

  /** Compares descriptions with every run of white space, line breaks included, taken as one space. */
  private static boolean sameText(String a, String b) {
    return WHITE_SPACE.matcher(a.strip()).replaceAll(" ").equals(WHITE_SPACE.matcher(b.strip()).replaceAll(" "));
  }

  private static Change change(ChangeKind kind, Entry entry, String before, String after, String date, String note) {
    return new Change(kind, entry.service(), entry.port(), entry.transportKeyword(), before, after, date, note);
  }

  private static Map<String, List<Entry>> group(Set<Entry> entries, Function<Entry, String> key) {
    Map<String, List<Entry>> groups = new LinkedHashMap<>();
    for (Entry entry : entries) {
      groups.computeIfAbsent(key.apply(entry), unused -> new ArrayList<>()).add(entry);
    }
    return groups;
  }

  private static Map<String, Set<Transport>> transportsByNameAndPort(Map<String, Entry> entries) {
    Map<String, Set<Transport>> transports = new LinkedHashMap<>();
    for (Entry entry : entries.values()) {
      Set<Transport> set = transports.computeIfAbsent(entry.name() + "|" + entry.port(),
          unused -> EnumSet.noneOf(Transport.class));
      if (entry.transport() != null) {
        set.add(entry.transport());
      }
    }
    return transports;
  }

  private static String keywords(Set<Transport> transports) {
    if (transports.isEmpty()) {
      return "-";
    }
    StringJoiner joined = new StringJoiner(" ");
    transports.forEach(transport -> joined.add(transport.keyword()));
    return joined.toString();
  }

  private static Set<String> names(Map<String, Entry> entries) {
    Set<String> names = new HashSet<>();
    entries.values().forEach(entry -> names.add(entry.name()));
    return names;
  }
}
