package io.portolan.checks;

import java.util.List;
import java.util.Locale;

/**
 * Every text MagicPortNumber reports. Both front ends print these: Error Prone after its
 * {@code [MagicPortNumber]} tag, the javac plugin after the same tag. They hold numbers and constant
 * names only, never text of the compiled source.
 */
enum Message {
  /** The port is one service's, and the catalogs are on the class path: the fix uses its constant. */
  CONSTANT("Port %d is %s: use %s (portolan-catalogs)"),
  /** The port is one service's, but the catalogs are not on the class path: no fix. */
  CONSTANT_WITHOUT_CATALOGS("Port %d is %s: use %s from io.portolan:portolan-catalogs, which is not on the class path"),
  /** Several services share the port and nothing around the literal decides: no fix. */
  SEVERAL("Port %d is one of %s: use the constant of the service you mean (portolan-catalogs)"),
  /** The same, without the catalogs on the class path. */
  SEVERAL_WITHOUT_CATALOGS("Port %d is one of %s: use the constant of the service you mean from "
      + "io.portolan:portolan-catalogs, which is not on the class path");

  /** The most constants a message lists; the others are counted. */
  static final int MAX_LISTED = 8;

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** The message's format, as {@link String#format} reads it. */
  String format() {
    return format;
  }

  /** The message for one constant. */
  String of(int port, Choice.CatalogConstant constant) {
    return String.format(Locale.ROOT, format, port, constant.name(), constant.reference());
  }

  /** The message for several constants, listed in lookup order. */
  String of(int port, List<Choice.CatalogConstant> constants) {
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(constants.size(), MAX_LISTED); i++) {
      listed.append(i == 0 ? "" : ", ").append(constants.get(i).reference());
    }
    if (constants.size() > MAX_LISTED) {
      listed.append(" and ").append(constants.size() - MAX_LISTED).append(" more");
    }
    return String.format(Locale.ROOT, format, port, listed);
  }
}
