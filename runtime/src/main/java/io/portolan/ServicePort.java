package io.portolan;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A network service and the port it uses, as one entry of a port catalog.
 *
 * <p>Every typed catalog that Portolan generates implements this interface, whichever its shape (an
 * enum, or a table class for a catalog too large for one), so code can handle any catalog's entries
 * alike. Each catalog also has the static methods {@code all()}, {@code byNumber(int)} and
 * {@code byServiceName(String)}.
 */
public interface ServicePort {
  /**
   * Returns the name of the service's constant, such as {@code "SSH"}: the name of its {@code int}
   * constant in the catalog's constants class and, in an enum, of its enum constant.
   *
   * @return the constant name, an upper-case Java identifier
   */
  String constantName();

  /**
   * Returns the port number. For a service assigned a range of ports, this is the first of them.
   *
   * @return a port number from 0 to 65535
   */
  int number();

  /**
   * Returns the last port number of the service. For most services, which have one port, this is
   * {@link #number()}; for a service assigned a range of ports, it is the last of them.
   *
   * @return a port number from {@code number()} to 65535
   */
  default int lastNumber() {
    return number();
  }

  /**
   * Returns the service name: the IANA service name where IANA registers one, such as {@code "domain"}
   * for DNS; otherwise the name the catalog gives the service, such as {@code "wins"}.
   *
   * @return the service name, never empty
   */
  String serviceName();

  /**
   * Returns the service's other names, which {@code byServiceName(String)} finds it by as well, such
   * as {@code "www"} for HTTP, in lower case and in the order of the source table.
   *
   * @return an unmodifiable list, empty when the service has no other name
   */
  List<String> aliases();

  /**
   * Returns links to the RFCs that the source table cites for the service, such as
   * {@code https://www.rfc-editor.org/rfc/rfc4251} for SSH, in the order of the table. The RFC
   * number is the link's last path segment, after {@code rfc}.
   *
   * @return an unmodifiable list, empty when the table cites no RFC
   */
  List<URI> references();

  /**
   * Returns the transports on which the service uses the port.
   *
   * @return an unmodifiable set, empty only when the source table names no transport
   */
  Set<Transport> transports();

  /**
   * Returns the catalog's description of the service, exactly as its source table gives it.
   *
   * @return the description, possibly empty
   */
  String description();

  /**
   * Returns whether this use of the port is registered with IANA.
   *
   * @return the assignment
   */
  Assignment assignment();

  /**
   * Tells whether the service's constant is deprecated: its name left the source registry, or lost
   * its port there, and the catalog keeps it so that code using it still compiles (the constant's
   * {@code @deprecated} Javadoc says when and why). {@code byNumber(int)} leaves such services out;
   * {@code byServiceName(String)} finds them only by names no current service has; {@code all()}
   * lists them, after the current services.
   *
   * @return true for a retired name kept as a deprecated constant
   */
  default boolean isDeprecated() {
    return false;
  }

  /**
   * Returns the range that the port number lies in.
   *
   * @return the range of {@link #number()}
   */
  default PortRange range() {
    return PortRange.of(number());
  }

  /**
   * Tells whether the service uses the port on {@code transport}.
   *
   * @param transport a transport
   * @return true if {@link #transports()} contains it
   */
  default boolean supports(Transport transport) {
    return transports().contains(transport);
  }
}
