/**
 * Portolan's runtime: the types that generated port catalogs implement ({@link io.portolan.ServicePort},
 * {@link io.portolan.Transport}, {@link io.portolan.Assignment}, {@link io.portolan.PortRange}) and
 * {@link io.portolan.PortCatalog}, which asks the annotation processor for a catalog. The package
 * {@code io.portolan.internal} is support that generated catalogs call, for them alone.
 */
module io.portolan {
  exports io.portolan;
  exports io.portolan.internal;
}
