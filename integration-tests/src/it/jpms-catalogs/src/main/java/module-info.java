/**
 * An application that uses the prebuilt catalogs as a named module: it requires only
 * {@code io.portolan.catalogs}, which gives it {@code io.portolan} too.
 */
module com.example.app {
  requires io.portolan.catalogs;
}
