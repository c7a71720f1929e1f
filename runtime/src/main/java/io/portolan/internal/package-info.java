/**
 * Support for the code that Portolan's annotation processor generates; not an API for anything
 * else. Every generated catalog calls these classes instead of carrying its own copy of the same
 * machinery (decoding its transports, other names and RFC links, and building its lookup index),
 * so that javac compiles less for each catalog.
 *
 * <p>Only generated code should use this package: its classes may change in any release, except
 * that a method stays, with its behaviour, for as long as generated code of a released version of
 * Portolan calls it.
 */
package io.portolan.internal;
