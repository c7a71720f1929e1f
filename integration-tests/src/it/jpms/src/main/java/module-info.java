/**
 * An application that uses Portolan as a named module: the generated catalogs live in this module
 * and need only {@code io.portolan}. (A module that exports a package with generated catalogs
 * should say {@code requires transitive io.portolan}, since their API uses its types.)
 */
module com.example.ports {
  requires io.portolan;
}
