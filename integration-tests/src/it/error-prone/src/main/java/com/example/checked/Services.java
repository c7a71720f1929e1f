package com.example.checked;

import io.portolan.ServicePort;
import java.util.Optional;

/** Looks services up in the generated catalogs. */
public final class Services {
  /** Not instantiated. */
  private Services() {}

  /**
   * Names the protocol this application speaks on {@code port}.
   *
   * @param port a port number
   * @return a short name, or {@code "other"}
   */
  public static String protocol(int port) {
    return switch (port) {
      case WellKnownPorts.SSH -> "ssh";
      case IanaPorts.POSTGRESQL -> "postgresql";
      case DefaultPorts.KAFKA -> "kafka";
      case InternalServices.METRICS -> "metrics";
      default -> "other";
    };
  }

  /**
   * Finds a service by name in this application's table, then in the registry.
   *
   * @param name a service name or alias
   * @return the service, if either knows the name
   */
  public static Optional<? extends ServicePort> find(String name) {
    Optional<? extends ServicePort> found = InternalService.byServiceName(name);
    return found.isPresent() ? found : IanaPort.byServiceName(name);
  }
}
