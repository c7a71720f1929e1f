package io.portolan.processor.parse;

/**
 * The formats of port tables, named as {@code @PortCatalog(format)} names them. The processor reads
 * the annotation's value by name, so this enum, not the runtime's, is what the pipeline uses.
 */
public enum TableFormat {
  /** Detected from the table's first line that is neither blank nor a comment. */
  AUTO,
  /** Portolan's own CSV format. */
  PORTOLAN,
  /** The IANA registry as IANA serves it in CSV. */
  IANA,
  /** The {@code /etc/services} format. */
  SERVICES;

  /**
   * Tells whether tables of this format list their aliases by hand, so that one shadowed by another
   * service's name is worth a warning. The IANA registry repeats names by design.
   */
  public boolean listsAliasesByHand() {
    return this != IANA;
  }
}
