/**
 * The catalogs this application generates, in every shape: the bundled well-known catalog (an enum),
 * the software-defaults catalog (an enum), the whole IANA registry (a table class), the registry's system ports over TCP (an enum), and a table
 * of its own ({@code src/main/resources/ports/internal.csv}) as a table class.
 */
@PortCatalog
@PortCatalog(source = PortCatalog.DEFAULTS)
@PortCatalog(source = "portolan:iana", shape = PortCatalog.Shape.TABLE)
@PortCatalog(source = "portolan:iana", typeName = "SystemPort", shape = PortCatalog.Shape.ENUM, ports = "1-1023",
    transports = Transport.TCP)
@PortCatalog(source = "ports/internal.csv", shape = PortCatalog.Shape.TABLE, typeName = "InternalService")
package com.example.checked;

import io.portolan.PortCatalog;
import io.portolan.Transport;
