package io.portolan.processor.model;

/**
 * Where a service's facts come from, as a table's provenance columns record it: the product, the
 * source that states the facts, and the version they hold for. Each part may be empty.
 *
 * @param product the product, as its makers name it, such as {@code Apache Kafka}
 * @param source a link to the product's own documentation, {@code debian:PACKAGE VERSION /path} for
 *     the default configuration of a Debian package, or any other text
 * @param version the version the facts hold for
 */
public record Provenance(String product, String source, String version) {
  /** No provenance. */
  public static final Provenance NONE = new Provenance("", "", "");

  /** Tells whether the table records nothing of where the service's facts come from. */
  public boolean isEmpty() {
    return product.isEmpty() && source.isEmpty() && version.isEmpty();
  }
}
