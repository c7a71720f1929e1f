package com.example.app;

import io.portolan.ServicePort;
import io.portolan.catalogs.DefaultPort;
import io.portolan.catalogs.DefaultPorts;
import io.portolan.catalogs.IanaPort;
import io.portolan.catalogs.IanaPorts;
import io.portolan.catalogs.WellKnownPort;
import io.portolan.catalogs.WellKnownPorts;

/** Checks, run on the module path, that the prebuilt catalogs work from a named module. */
public final class Main {
  /** Not instantiated. */
  private Main() {}

  /**
   * Runs the checks; exits with 1 on the first that fails.
   *
   * @param args none
   */
  public static void main(String[] args) {
    check("postgresql".equals(protocol(5432)), "case IanaPorts.POSTGRESQL");
    check("ssh".equals(protocol(22)), "case WellKnownPorts.SSH");
    check("kafka".equals(protocol(9092)), "case DefaultPorts.KAFKA");
    check(DefaultPort.byServiceName("elasticsearch").orElse(null) == DefaultPort.ELASTICSEARCH,
        "DefaultPort.byServiceName(\"elasticsearch\")");
    check(WellKnownPort.byServiceName("domain").orElse(null) == WellKnownPort.DNS, "WellKnownPort.byServiceName(\"domain\")");
    ServicePort postgresql = IanaPort.byNumber(5432).get(0);
    check("postgresql".equals(postgresql.serviceName()), "IanaPort.byNumber(5432)");
    check(IanaPort.byServiceName("POSTGRESQL").isPresent(), "IanaPort.byServiceName(\"POSTGRESQL\")");
    Module catalogs = WellKnownPort.class.getModule();
    check(catalogs.isNamed() && "io.portolan.catalogs".equals(catalogs.getName()), "io.portolan.catalogs is a named module");
    check(!catalogs.getDescriptor().isAutomatic(), "io.portolan.catalogs is an explicit module, not an automatic one");
    Module runtime = ServicePort.class.getModule();
    check("io.portolan".equals(runtime.getName()) && !runtime.getDescriptor().isAutomatic(), "io.portolan is an explicit module");
    check(Main.class.getModule().canRead(runtime), "this module reads io.portolan through requires transitive");
    System.out.println("JPMS catalogs consumer: all checks passed");
  }

  /**
   * Names a protocol by its port, with the catalogs' constants as {@code switch} labels.
   *
   * @param port a port number
   * @return a short name, or {@code "other"}
   */
  private static String protocol(int port) {
    switch (port) {
      case IanaPorts.POSTGRESQL:
        return "postgresql";
      case WellKnownPorts.SSH:
        return "ssh";
      case DefaultPorts.KAFKA:
        return "kafka";
      default:
        return "other";
    }
  }

  /**
   * Exits with 1, saying what failed, unless {@code passed}.
   *
   * @param passed the outcome of a check
   * @param what what was checked
   */
  private static void check(boolean passed, String what) {
    if (!passed) {
      System.out.println("JPMS catalogs consumer: FAILED: " + what);
      System.exit(1);
    }
  }
}
