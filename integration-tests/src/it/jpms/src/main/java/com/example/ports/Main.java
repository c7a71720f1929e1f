package com.example.ports;

import io.portolan.ServicePort;

/** Checks, run on the module path, that the generated catalogs work in a named module. */
public final class Main {
  /** The web server, whose port an annotation gives from a generated constant. */
  @Listen(WellKnownPorts.HTTPS)
  static final class WebServer {
    /** Not instantiated. */
    private WebServer() {}
  }

  /** Not instantiated. */
  private Main() {}

  /**
   * Runs the checks; exits with 1 on the first that fails.
   *
   * @param args none
   */
  public static void main(String[] args) {
    check(WellKnownPort.SSH.number() == 22, "WellKnownPort.SSH.number() == 22");
    check(Ports.ssh() == 22, "Ports.ssh() == 22");
    check("https".equals(Ports.protocol(443)), "switch on WellKnownPorts.HTTPS");
    check("metrics".equals(Ports.protocol(9100)), "switch on InternalPorts.METRICS");
    check(WebServer.class.getAnnotation(Listen.class).value() == 443, "@Listen(WellKnownPorts.HTTPS)");
    check(WellKnownPort.byServiceName("domain").orElse(null) == WellKnownPort.DNS, "byServiceName(\"domain\")");
    check(InternalPort.byNumber(8443).contains(InternalPort.ADMIN_CONSOLE), "InternalPort.byNumber(8443)");
    Module runtime = ServicePort.class.getModule();
    check(runtime.isNamed() && "io.portolan".equals(runtime.getName()), "io.portolan is a named module");
    check(!runtime.getDescriptor().isAutomatic(), "io.portolan is an explicit module, not an automatic one");
    check("com.example.ports".equals(Main.class.getModule().getName()), "this code runs in its module");
    System.out.println("JPMS consumer: all checks passed");
  }

  /**
   * Exits with 1, saying what failed, unless {@code passed}.
   *
   * @param passed the outcome of a check
   * @param what what was checked
   */
  private static void check(boolean passed, String what) {
    if (!passed) {
      System.out.println("JPMS consumer: FAILED: " + what);
      System.exit(1);
    }
  }
}
