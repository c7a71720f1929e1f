/**
 * The ports this application uses: the bundled well-known catalog, and a table of its own
 * ({@code src/main/resources/ports/internal.csv}) as an enum and as a table class.
 */
@PortCatalog
@PortCatalog(source = "ports/internal.csv")
@PortCatalog(source = "ports/internal.csv", shape = PortCatalog.Shape.TABLE, typeName = "InternalService")
package com.example.ports;

import io.portolan.PortCatalog;
