/**
 * MagicPortNumber: finds {@code int} literals that a program uses as network ports and names the
 * {@code portolan-catalogs} constant for each.
 *
 * <p>One core, two front ends. The core works on javac's public trees ({@code com.sun.source}) and
 * {@code javax.lang.model} only: {@link io.portolan.checks.PortLiterals} decides where a literal is a
 * port (with the transport and the words around it), {@link io.portolan.checks.ConstantChooser}
 * chooses the constant from the bundled catalogs, and {@link io.portolan.checks.PortFinder} joins
 * them into a {@link io.portolan.checks.Finding}, whose text comes from
 * {@link io.portolan.checks.Message}. {@link io.portolan.checks.MagicPortNumber} is the Error Prone
 * check (with a suggested fix); {@link io.portolan.checks.MagicPortNumberPlugin} is the plain javac
 * plugin ({@code -Xplugin:MagicPortNumber}), which reports the same findings as warnings.
 */
package io.portolan.checks;
