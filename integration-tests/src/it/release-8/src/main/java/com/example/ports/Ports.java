package com.example.ports;

/** What this application calls the ports it serves, using the generated catalogs. */
public final class Ports {
  /** Not instantiated. */
  private Ports() {}

  /**
   * Names the protocol this application speaks on {@code port}.
   *
   * @param port a port number
   * @return a short name, or {@code "other"}
   */
  public static String protocol(int port) {
    switch (port) {
      case WellKnownPorts.HTTPS:
        return "https";
      case WellKnownPorts.SSH:
        return "ssh";
      case InternalPorts.METRICS:
        return "metrics";
      default:
        return "other";
    }
  }

  /**
   * Returns the port of the secure shell, from the generated enum.
   *
   * @return 22
   */
  public static int ssh() {
    return WellKnownPort.SSH.number();
  }
}
