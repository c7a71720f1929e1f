package io.portolan;

/** Whether a use of a port is registered with IANA. */
public enum Assignment {
  /** Registered with IANA for this service. */
  OFFICIAL,
  /** In common use but not registered with IANA for this service. */
  UNOFFICIAL
}
