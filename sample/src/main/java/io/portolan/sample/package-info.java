/**
 * The {@code portinfo} tool: a consumer of Portolan set up as its README tells users to.
 *
 * <p>{@code portinfo} looks services up in the prebuilt catalogs of {@code portolan-catalogs}
 * ({@link io.portolan.catalogs.WellKnownPort} and, for what that does not know, the IANA registry
 * in {@link io.portolan.catalogs.IanaPort}): no processor needed for those.
 *
 * <p>The annotation below shows the processor's path, for a table of one's own: it generates
 * {@link io.portolan.sample.DevStackPort} and {@link io.portolan.sample.DevStackPorts} in this
 * package from {@code src/main/resources/ports/dev-stack.csv}.
 */
@PortCatalog(source = "ports/dev-stack.csv")
package io.portolan.sample;

import io.portolan.PortCatalog;
