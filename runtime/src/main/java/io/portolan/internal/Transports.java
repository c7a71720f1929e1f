package io.portolan.internal;

import io.portolan.Transport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sets of transports as generated code stores them: one {@code int} whose bit {@code 1 << ordinal}
 * stands for each {@link Transport}. The sets handed out are shared, one unmodifiable set a
 * combination. Support for generated code only; see the {@linkplain io.portolan.internal package}.
 */
public final class Transports {
  /** The bit of {@link Transport#TCP}. */
  public static final int TCP = 1;

  /** The bit of {@link Transport#UDP}. */
  public static final int UDP = 2;

  /** The bit of {@link Transport#SCTP}. */
  public static final int SCTP = 4;

  /** The bit of {@link Transport#DCCP}. */
  public static final int DCCP = 8;

  /** The set of each combination of transports, at the sum of their bits. */
  private static final List<Set<Transport>> BY_BITS = sets();

  private Transports() {}

  /**
   * Returns the transports whose bits {@code bits} holds.
   *
   * @param bits the sum of the transports' bits
   * @return an unmodifiable set, the same instance for the same bits
   * @throws IndexOutOfBoundsException if {@code bits} holds a bit of no transport
   */
  public static Set<Transport> of(int bits) {
    return BY_BITS.get(bits);
  }

  private static List<Set<Transport>> sets() {
    Transport[] transports = Transport.values();
    List<Set<Transport>> sets = new ArrayList<>(1 << transports.length);
    for (int bits = 0; bits < 1 << transports.length; bits++) {
      Set<Transport> set = EnumSet.noneOf(Transport.class);
      for (Transport transport : transports) {
        if ((bits & 1 << transport.ordinal()) != 0) {
          set.add(transport);
        }
      }
      sets.add(Collections.unmodifiableSet(set));
    }
    return Collections.unmodifiableList(sets);
  }
}
