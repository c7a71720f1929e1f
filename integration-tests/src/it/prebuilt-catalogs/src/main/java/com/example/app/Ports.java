package com.example.app;

import io.portolan.ServicePort;
import io.portolan.catalogs.DefaultPorts;
import io.portolan.catalogs.IanaPort;
import io.portolan.catalogs.IanaPorts;
import io.portolan.catalogs.WellKnownPort;
import io.portolan.catalogs.WellKnownPorts;
import java.util.List;
import java.util.Optional;

/** What this application calls the ports it meets, from the prebuilt catalogs. */
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
    return switch (port) {
      case IanaPorts.POSTGRESQL -> "postgresql";
      case DefaultPorts.KAFKA -> "kafka";
      case WellKnownPorts.SSH -> "ssh";
      case WellKnownPorts.HTTPS -> "https";
      default -> "other";
    };
  }

  /**
   * Describes the first service on {@code port}: the curated well-known catalog first, then the
   * whole IANA registry.
   *
   * @param port a port number
   * @return the service's constant name and description, or {@code "unknown"}
   */
  public static String describe(int port) {
    List<WellKnownPort> wellKnown = WellKnownPort.byNumber(port);
    if (!wellKnown.isEmpty()) {
      return wellKnown.get(0).name() + ": " + wellKnown.get(0).description();
    }
    List<IanaPort> registered = IanaPort.byNumber(port);
    if (!registered.isEmpty()) {
      return registered.get(0).constantName() + ": " + registered.get(0).description();
    }
    return "unknown";
  }

  /**
   * Finds the port of a service by its name, alias or constant name, ignoring case.
   *
   * @param name a service name such as {@code "domain"} or {@code "postgresql"}
   * @return its port, if either catalog knows the name
   */
  public static Optional<Integer> portOf(String name) {
    Optional<? extends ServicePort> found = WellKnownPort.byServiceName(name);
    if (!found.isPresent()) {
      found = IanaPort.byServiceName(name);
    }
    return found.map(ServicePort::number);
  }
}
