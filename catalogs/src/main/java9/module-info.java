/**
 * Portolan's bundled catalogs, prebuilt: {@code io.portolan.catalogs.WellKnownPort},
 * {@code WellKnownPorts}, {@code IanaPort}, {@code IanaPorts}, {@code DefaultPort} and
 * {@code DefaultPorts}. Their API uses the runtime's
 * types, so a module that requires this one reads {@code io.portolan} as well.
 */
module io.portolan.catalogs {
  requires transitive io.portolan;

  exports io.portolan.catalogs;
}
