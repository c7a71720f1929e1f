package io.portolan.tools.diff;

import io.portolan.Transport;
import io.portolan.tools.diff.DiffTable.Entry;
import io.portolan.tools.diff.DiffTable.Unnamed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, for many entries at once, the first record in table order among {@code records} that
 * covers each ({@link Unnamed#covers}), in time proportional to (records + entries) times the log
 * of the port range: the records are added in order of their first port, and a tree of minimum
 * positions, one per transport, answers which added record reaching at least to an entry's last
 * port comes first.
 */
final class Holders {
  private static final int PORTS = 65_536;

  private final Map<Entry, Unnamed> holders = new IdentityHashMap<>();

  /**
   * Finds the holders of {@code entries} among {@code records}.
   *
   * @param records the candidate records, in table order
   */
  Holders(List<Unnamed> records, Collection<Entry> entries) {
    List<Entry> byFirst = new ArrayList<>(entries);
    byFirst.sort(Comparator.comparingInt(Entry::first));
    Integer[] order = new Integer[records.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> records.get(i).first()));
    // One tree per transport, and one for records without a transport, which cover every transport.
    Transport[] transports = Transport.values();
    MinTree[] byTransport = new MinTree[transports.length + 1];
    Arrays.setAll(byTransport, i -> new MinTree());
    int next = 0;
    for (Entry entry : byFirst) {
      while (next < order.length && records.get(order[next]).first() <= entry.first()) {
        int position = order[next++];
        Unnamed record = records.get(position);
        if (record.transports().isEmpty()) {
          byTransport[transports.length].add(record.last(), position);
        }
        for (Transport transport : record.transports()) {
          byTransport[transport.ordinal()].add(record.last(), position);
        }
      }
      int first = byTransport[transports.length].firstReaching(entry.last());
      if (entry.transport() == null) {
        for (Transport transport : transports) {
          first = Math.min(first, byTransport[transport.ordinal()].firstReaching(entry.last()));
        }
      } else {
        first = Math.min(first, byTransport[entry.transport().ordinal()].firstReaching(entry.last()));
      }
      if (first != Integer.MAX_VALUE) {
        holders.put(entry, records.get(first));
      }
    }
  }

  /** Returns the first record that covers {@code entry}, if any. */
  Optional<Unnamed> of(Entry entry) {
    return Optional.ofNullable(holders.get(entry));
  }

  /** The least position among records added with a last port at or above a given port. */
  private static final class MinTree {
    /** A Fenwick tree over ports in reverse order, so that a prefix is every port from one up. */
    private final int[] tree = new int[PORTS + 1];

    MinTree() {
      Arrays.fill(tree, Integer.MAX_VALUE);
    }

    void add(int lastPort, int position) {
      for (int i = PORTS - lastPort; i <= PORTS; i += i & -i) {
        tree[i] = Math.min(tree[i], position);
      }
    }

    int firstReaching(int port) {
      int first = Integer.MAX_VALUE;
      for (int i = PORTS - port; i > 0; i -= i & -i) {
        first = Math.min(first, tree[i]);
      }
      return first;
    }
  }
}
