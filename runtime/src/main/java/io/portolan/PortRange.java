package io.portolan;

/** The three ranges into which IANA divides the port numbers 0 to 65535 (RFC 6335). */
public enum PortRange {
  /** The well-known or system ports, 0 to 1023. */
  WELL_KNOWN(0, 1023),
  /** The registered or user ports, 1024 to 49151. */
  REGISTERED(1024, 49151),
  /** The dynamic, private or ephemeral ports, 49152 to 65535. */
  DYNAMIC(49152, 65535);

  private final int first;
  private final int last;

  PortRange(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Returns the lowest port number in this range.
   *
   * @return the first port, inclusive
   */
  public int first() {
    return first;
  }

  /**
   * Returns the highest port number in this range.
   *
   * @return the last port, inclusive
   */
  public int last() {
    return last;
  }

  /**
   * Tells whether {@code port} lies in this range.
   *
   * @param port any int
   * @return true if {@code first() <= port <= last()}
   */
  public boolean contains(int port) {
    return port >= first && port <= last;
  }

  /**
   * Returns the range that holds {@code port}.
   *
   * @param port a port number from 0 to 65535
   * @return its range
   * @throws IllegalArgumentException if {@code port} is not a port number
   */
  public static PortRange of(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Not a port number (0-65535): " + port);
    }
    return port <= WELL_KNOWN.last ? WELL_KNOWN : port <= REGISTERED.last ? REGISTERED : DYNAMIC;
  }
}
