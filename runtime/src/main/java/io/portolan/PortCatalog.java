package io.portolan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks Portolan's annotation processor to generate, in the annotated package or type's package, a
 * typed catalog of ports and a class of compile-time {@code int} constants, from a port table. The
 * typed catalog implements {@link ServicePort}; it is an enum where the catalog fits in one and a
 * table class otherwise (see {@link #shape()}), and either has {@code all()}, {@code byNumber(int)}
 * and {@code byServiceName(String)}.
 *
 * <pre>{@code
 * @PortCatalog
 * package com.example.net;
 * }</pre>
 *
 * <p>gives {@code com.example.net.WellKnownPort.SSH.number() == 22} and
 * {@code com.example.net.WellKnownPorts.SSH == 22}.
 *
 * <p>The annotation is kept in class files (not at run time), as Gradle's incremental compilation
 * requires of the annotations an aggregating processor reads.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Repeatable(PortCatalog.List.class)
public @interface PortCatalog {
  /** The bundled catalog of the well-known ports 0 to 1023, official and unofficial uses. */
  String WELL_KNOWN = "portolan:well-known";

  /** The bundled IANA Service Name and Transport Protocol Port Number Registry. */
  String IANA = "portolan:iana";

  /**
   * The bundled catalog of the ports widely used server software listens on by default (databases,
   * brokers, observability, development servers, ...), each row with its source; official only
   * where the IANA registry assigns the port to that service.
   */
  String DEFAULTS = "portolan:defaults";

  /**
   * The port table: a bundled catalog ({@link #WELL_KNOWN}, {@link #IANA}, {@link #DEFAULTS}) or the path of a file
   * among the project's resources or sources, such as {@code "ports/internal.csv"}.
   *
   * @return the source of the port table
   */
  String source() default WELL_KNOWN;

  /**
   * The format of {@link #source()}; by default detected from its content.
   *
   * @return the format
   */
  Format format() default Format.AUTO;

  /**
   * The simple name of the generated typed catalog, enum or table class. By default
   * {@code WellKnownPort} for the well-known catalog, {@code IanaPort} for the IANA registry, and
   * for a file the singular of its name in upper camel case ({@code internal-ports.csv} gives
   * {@code InternalPort}).
   *
   * @return a Java identifier, or empty for the default
   */
  String typeName() default "";

  /**
   * The simple name of the generated class of {@code int} constants. By default the typed catalog's
   * name followed by {@code s} ({@code WellKnownPorts}).
   *
   * @return a Java identifier, or empty for the default
   */
  String constantsName() default "";

  /**
   * Keeps only entries whose port lies in one of these numbers or ranges, such as {@code "8080"} or
   * {@code "1024-49151"}. Empty keeps every port.
   *
   * @return port numbers and inclusive ranges
   */
  String[] ports() default {};

  /**
   * Keeps only these transports: entries on none of them are dropped, the others lose the rest.
   * Empty keeps every transport.
   *
   * @return the transports to keep
   */
  Transport[] transports() default {};

  /**
   * Keeps only entries with one of these assignments. Empty keeps both.
   *
   * @return the assignments to keep
   */
  Assignment[] assignments() default {};

  /**
   * Keeps only the services with these names (service names, aliases or constant names, ignoring
   * case). Empty keeps every service.
   *
   * @return the names of the services to keep
   */
  String[] include() default {};

  /**
   * Drops the services with these names (service names, aliases or constant names, ignoring case).
   *
   * @return the names of the services to drop
   */
  String[] exclude() default {};

  /**
   * Gives services constant names of the user's choosing, in place of the names the naming rule
   * derives.
   *
   * @return the renamings
   */
  Rename[] rename() default {};

  /**
   * The shape of the generated typed catalog. With {@code AUTO}, a catalog of more services or
   * other names than one enum holds becomes a table class, and the processor says so in a note.
   *
   * @return the shape
   */
  Shape shape() default Shape.AUTO;

  /** The formats of port tables that Portolan reads. */
  enum Format {
    /** Detected from the table's first line. */
    AUTO,
    /** Portolan's own CSV format, the one its bundled well-known catalog uses. */
    PORTOLAN,
    /** The IANA registry as IANA serves it in CSV. */
    IANA,
    /** The {@code /etc/services} format: {@code name port/protocol aliases... # comment}. */
    SERVICES
  }

  /** How the typed catalog is generated. */
  enum Shape {
    /** An enum where the catalog fits in one, otherwise a table class. */
    AUTO,
    /** An enum; a catalog too large for one is a compile error. */
    ENUM,
    /**
     * A final class whose instances are read from a compact table the first time the catalog is
     * used; it has no limit on size.
     */
    TABLE
  }

  /** Gives one service a constant name of the user's choosing. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({})
  @interface Rename {
    /**
     * The service to rename: its service name, an alias or its derived constant name.
     *
     * @return the name that identifies the service
     */
    String service();

    /**
     * The constant name to give it.
     *
     * @return a Java identifier
     */
    String constant();
  }

  /** Holds several {@link PortCatalog} annotations on one element. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.PACKAGE, ElementType.TYPE})
  @interface List {
    /**
     * The catalogs.
     *
     * @return the annotations
     */
    PortCatalog[] value();
  }
}
