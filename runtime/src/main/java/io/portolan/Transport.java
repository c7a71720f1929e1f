package io.portolan;

import java.util.Locale;

/** A transport-layer protocol that can carry a port number. */
public enum Transport {
  /** Transmission Control Protocol. */
  TCP,
  /** User Datagram Protocol. */
  UDP,
  /** Stream Control Transmission Protocol. */
  SCTP,
  /** Datagram Congestion Control Protocol. */
  DCCP;

  /**
   * Returns the lower-case keyword that port tables use for this transport, such as {@code "tcp"}.
   *
   * @return the keyword, never empty
   */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the transport a port table names by {@code keyword}, ignoring case.
   *
   * @param keyword a keyword such as {@code "tcp"} or {@code "UDP"}
   * @return the transport
   * @throws IllegalArgumentException if no transport has that keyword
   */
  public static Transport ofKeyword(String keyword) {
    for (Transport transport : values()) {
      if (transport.name().equalsIgnoreCase(keyword)) {
        return transport;
      }
    }
    throw new IllegalArgumentException("Unknown transport: " + keyword);
  }
}
