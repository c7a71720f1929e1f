package io.portolan.checks;

import java.util.Optional;

/**
 * A literal that is a port a catalog names, and what to say about it.
 *
 * @param port the literal's value
 * @param choice the constant it is, or the several it may be; never {@link Choice.None}
 * @param catalogsOnClassPath whether the chosen constant's class resolves in the compilation
 */
record Finding(int port, Choice choice, boolean catalogsOnClassPath) {
  /** The warning's text, without the {@code [MagicPortNumber]} tag. */
  String message() {
    if (choice instanceof Choice.One one) {
      return (catalogsOnClassPath ? Message.CONSTANT : Message.CONSTANT_WITHOUT_CATALOGS).of(port, one.constant());
    }
    Choice.Several several = (Choice.Several) choice;
    return (catalogsOnClassPath ? Message.SEVERAL : Message.SEVERAL_WITHOUT_CATALOGS).of(port, several.constants());
  }

  /** The constant that replaces the literal: only for one constant whose class the compilation has. */
  Optional<Choice.CatalogConstant> replacement() {
    return catalogsOnClassPath && choice instanceof Choice.One one ? Optional.of(one.constant()) : Optional.empty();
  }
}
