package io.portolan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portolan.Transport;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransportsTest {
  /** Generated code inlines the bits; each must be the bit of its transport's ordinal. */
  @Test
  void eachTransportsBitIsOneShiftedByItsOrdinal() {
    assertEquals(1 << Transport.TCP.ordinal(), Transports.TCP);
    assertEquals(1 << Transport.UDP.ordinal(), Transports.UDP);
    assertEquals(1 << Transport.SCTP.ordinal(), Transports.SCTP);
    assertEquals(1 << Transport.DCCP.ordinal(), Transports.DCCP);
    assertEquals(4, Transport.values().length, "a new transport needs a bit here");
  }

  @Test
  void everyCombinationOfBitsGivesItsTransports() {
    for (int bits = 0; bits < 1 << Transport.values().length; bits++) {
      Set<Transport> expected = EnumSet.noneOf(Transport.class);
      for (Transport transport : Transport.values()) {
        if ((bits & 1 << transport.ordinal()) != 0) {
          expected.add(transport);
        }
      }
      assertEquals(expected, Transports.of(bits), "bits " + bits);
      assertSame(Transports.of(bits), Transports.of(bits), "one shared set for bits " + bits);
    }
    assertEquals(EnumSet.of(Transport.TCP, Transport.SCTP), Transports.of(Transports.TCP | Transports.SCTP));
  }

  @Test
  void theSetsAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> Transports.of(Transports.TCP).add(Transport.UDP));
    assertThrows(UnsupportedOperationException.class, () -> Transports.of(Transports.TCP).clear());
  }

  @Test
  void bitsOfNoTransportAreRefused() {
    assertThrows(IndexOutOfBoundsException.class, () -> Transports.of(16));
    assertThrows(IndexOutOfBoundsException.class, () -> Transports.of(-1));
  }
}
