package io.portolan.processor;

/** The {@code -A} options the processor reads, each prefixed {@code portolan.}. */
public enum Option {
  /**
   * Directories, separated by the platform's path separator, searched first for the port tables
   * that {@code @PortCatalog(source)} names. Builds that keep resources off the compiler's paths,
   * such as Gradle's, point it at their resource directory.
   */
  CATALOG_PATH("portolan.catalogPath");

  private final String key;

  Option(String key) {
    this.key = key;
  }

  /** Returns the option's name, as given after {@code -A}. */
  public String key() {
    return key;
  }
}
