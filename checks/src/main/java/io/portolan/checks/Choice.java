package io.portolan.checks;

import java.util.List;

/** What {@link ConstantChooser} chose for a port: one constant, several, or none. */
sealed interface Choice {
  /** The constant the port is, in its catalog's constants class. */
  record One(CatalogConstant constant) implements Choice {}

  /** Several services share the port and nothing decides between them; in lookup order. */
  record Several(List<CatalogConstant> constants) implements Choice {}

  /** No catalog names the port (over the API's transport). */
  record None() implements Choice {}

  /**
   * A constant of a class of {@code portolan-catalogs}.
   *
   * @param catalog the catalog, whose constants class holds it
   * @param name the constant's name ({@code POSTGRESQL})
   */
  record CatalogConstant(Catalog catalog, String name) {
    /** Returns the constant as code names it after an import of its class: {@code DefaultPorts.POSTGRESQL}. */
    String reference() {
      return catalog.simpleName() + "." + name;
    }
  }

  /** The three bundled catalogs, in the order that gives a constant's class: a constant's first catalog. */
  enum Catalog {
    /** {@code WellKnownPorts}, the curated ports 0-1023. */
    WELL_KNOWN("WellKnownPorts"),
    /** {@code DefaultPorts}, the ports server software listens on by default. */
    DEFAULTS("DefaultPorts"),
    /** {@code IanaPorts}, the IANA registry. */
    IANA("IanaPorts");

    /** The package of the prebuilt catalogs, as a user's code imports them. */
    static final String PACKAGE = "io.portolan.catalogs";

    private final String simpleName;

    Catalog(String simpleName) {
      this.simpleName = simpleName;
    }

    /** The constants class's simple name. */
    String simpleName() {
      return simpleName;
    }

    /** The constants class's qualified name. */
    String qualifiedName() {
      return PACKAGE + "." + simpleName;
    }
  }
}
