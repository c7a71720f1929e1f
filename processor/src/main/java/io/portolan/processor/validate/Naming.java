package io.portolan.processor.validate;

import io.portolan.processor.model.Catalog;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule that turns service names into Java constant names.
 *
 * <ol>
 *   <li>Letters are upper-cased ({@code Locale.ROOT}); every run of characters other than ASCII
 *       letters and digits becomes one {@code _}; leading and trailing {@code _} are dropped:
 *       {@code ftp-data} gives {@code FTP_DATA}, {@code z39.50} gives {@code Z39_50}.
 *   <li>A name that would start with a digit gets a leading {@code _}: {@code 9pfs} gives
 *       {@code _9PFS}.
 * </ol>
 *
 * <p>A name that a service on another port already has takes its port ({@link #onPort}).
 *
 * <p>Upper-case names never clash with Java keywords, nor with the generated types' members, which
 * are in lower camel case.
 */
public final class Naming {
  private static final Pattern CONSTANT = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private static final Pattern OTHER = Pattern.compile("[^A-Z0-9]+");

  private Naming() {}

  /** Returns the constant name for {@code serviceName}, or empty if it has no letter or digit. */
  public static String constantFor(String serviceName) {
    String upper = OTHER.matcher(serviceName.toUpperCase(Locale.ROOT)).replaceAll("_");
    String trimmed = upper.replaceAll("^_+|_+$", "");
    if (trimmed.isEmpty()) {
      return "";
    }
    return Character.isDigit(trimmed.charAt(0)) ? "_" + trimmed : trimmed;
  }

  /**
   * Returns the constant for a service whose name another port's service already has: the name
   * with its port, {@code _<port>} ({@code HTTP_ALT_8008}, {@code SLP_1605}). The first port of a
   * range stands for the range.
   */
  public static String onPort(String constant, int port) {
    return constant + "_" + port;
  }

  /** Returns why {@code name} cannot be a constant name, or null if it can. */
  public static String whyNotConstant(String name) {
    if (!CONSTANT.matcher(name).matches()) {
      return "use upper-case ASCII letters, digits and _, not starting with a digit";
    }
    if (name.equals("_")) {
      return "_ alone is a Java keyword";
    }
    return null;
  }

  /** Returns the key that name lookups use for {@code name}: its lower-case form. */
  public static String lookupKey(String name) {
    return Catalog.key(name);
  }
}
