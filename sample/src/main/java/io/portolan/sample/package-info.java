/**
 * The {@code portinfo} tool: a consumer of Portolan set up as its README tells users to.
 *
 * <p>The first annotation below generates {@link io.portolan.sample.WellKnownPort} and
 * {@link io.portolan.sample.WellKnownPorts} from the bundled well-known ports catalog; the second,
 * {@link io.portolan.sample.IanaPort} and {@link io.portolan.sample.IanaPorts} from the bundled IANA
 * registry, which {@code portinfo} falls back on.
 */
@PortCatalog
@PortCatalog(source = PortCatalog.IANA, constantsName = "IanaPorts")
package io.portolan.sample;

import io.portolan.PortCatalog;
