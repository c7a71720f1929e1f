package io.portolan.tools.diff;

/** The kinds of change between two port tables, in the order a report lists them. */
public enum ChangeKind {
  /** A service is gone: its name has no record in the new table. */
  REMOVED("removed"),
  /** The name is still registered, but without a port (IANA keeps it for DNS-SD only). */
  PORT_WITHDRAWN("port withdrawn"),
  /** The same port and transport carry another name, and the old name is gone. */
  RENAMED("renamed"),
  /** The same name and transport are on another port. */
  MOVED("moved"),
  /** The name stays on the port, with other transports. */
  TRANSPORTS_CHANGED("transports changed"),
  /** Name, port and transport stay; the description is different. */
  DESCRIPTION_CHANGED("description changed"),
  /** A service the old table does not have. */
  ADDED("added");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  /** Returns the words a text report uses, such as {@code port withdrawn}. */
  public String label() {
    return label;
  }

  /** Returns the keyword of the CSV report, such as {@code port-withdrawn}. */
  public String keyword() {
    return label.replace(' ', '-');
  }
}
