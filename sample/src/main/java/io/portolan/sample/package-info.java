/**
 * The {@code portinfo} tool: a consumer of Portolan set up as its README tells users to.
 *
 * <p>The annotation below generates {@link io.portolan.sample.WellKnownPort} and
 * {@link io.portolan.sample.WellKnownPorts} from the bundled well-known ports catalog.
 */
@PortCatalog
package io.portolan.sample;

import io.portolan.PortCatalog;
