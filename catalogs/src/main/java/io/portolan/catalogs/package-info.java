/**
 * Portolan's bundled catalogs, prebuilt: add {@code portolan-catalogs} as a dependency and use them,
 * with no annotation processor.
 *
 * <ul>
 *   <li>{@link io.portolan.catalogs.WellKnownPort} (an enum) and {@link io.portolan.catalogs.WellKnownPorts}
 *       (compile-time {@code int} constants): the curated well-known ports, 0-1023, with the names
 *       users type ({@code SSH}, {@code DNS}, {@code HTTPS}).
 *   <li>{@link io.portolan.catalogs.IanaPort} (a table class) and {@link io.portolan.catalogs.IanaPorts}
 *       (compile-time {@code int} constants): the whole IANA Service Name and Transport Protocol
 *       Port Number Registry ({@code IanaPorts.POSTGRESQL}).
 *   <li>{@link io.portolan.catalogs.DefaultPort} (an enum) and {@link io.portolan.catalogs.DefaultPorts}
 *       (compile-time {@code int} constants): the ports widely used server software listens on by
 *       default, official or not ({@code DefaultPorts.KAFKA}, {@code DefaultPorts.ELASTICSEARCH}),
 *       each row with its source.
 * </ul>
 *
 * <p>Portolan's own build generates them, with its annotation processor, from the annotations on
 * this package: they are exactly what {@code @PortCatalog} and
 * {@code @PortCatalog(source = PortCatalog.IANA)} and {@code @PortCatalog(source = PortCatalog.DEFAULTS)} generate
 * in a package of your own. Use
 * {@link io.portolan.PortCatalog} for tables of your own, subsets and names of your choosing.
 */
@PortCatalog
@PortCatalog(source = PortCatalog.IANA)
@PortCatalog(source = PortCatalog.DEFAULTS)
package io.portolan.catalogs;

import io.portolan.PortCatalog;
