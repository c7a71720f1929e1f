package io.portolan;

/**
 * Whether IANA's registry assigns a port and transport to a service. The bundled catalogs follow the
 * bundled registry as of its date, which each constant's Javadoc names.
 */
public enum Assignment {
  /** The registry assigns the port and transport to this service. */
  OFFICIAL,
  /**
   * The registry does not assign the port and transport to this service: a use in practice, one the
   * registry records as an unassigned but widespread use, or one it no longer assigns.
   */
  UNOFFICIAL
}
