/**
 * The ports this application uses: the bundled well-known catalog and a table of its own
 * ({@code src/main/resources/ports/internal.csv}).
 */
@PortCatalog
@PortCatalog(source = "ports/internal.csv")
package com.example.ports;

import io.portolan.PortCatalog;
