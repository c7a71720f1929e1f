package io.portolan.processor.problem;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor shows its users, in one place. Each has a stable tag, printed as
 * {@code [Portolan/Tag]}, that tests and users can search for.
 */
public enum Message {
  // Finding and reading the table.
  UNKNOWN_BUNDLED_CATALOG(Diagnostic.Kind.ERROR, "no bundled catalog is named \"%s\"; the bundled catalogs are %s"),
  SOURCE_NOT_FOUND(Diagnostic.Kind.ERROR, "port table \"%s\" not found; looked in %s"),
  SOURCE_OUTSIDE(Diagnostic.Kind.ERROR,
      "port table \"%s\" is not a relative path inside the places searched: give its path from the project's"
          + " resources or sources, or from a directory of -Aportolan.catalogPath, without .."),
  SOURCE_UNREADABLE(Diagnostic.Kind.ERROR, "cannot read port table \"%s\": %s"),
  SOURCE_EMPTY(Diagnostic.Kind.ERROR, "port table is empty"),
  FORMAT_UNDETECTED(Diagnostic.Kind.ERROR,
      "cannot tell the table's format from its first line \"%s\": it is no header of Portolan's CSV or of IANA's,"
          + " nor a services file's line (in @PortCatalog, format = PORTOLAN, IANA or SERVICES names the format)"),

  // Parsing rows.
  MALFORMED_CSV(Diagnostic.Kind.ERROR, "malformed CSV: %s"),
  MISSING_COLUMN(Diagnostic.Kind.ERROR, "the header has no \"%s\" column; it has %s"),
  UNKNOWN_COLUMN(Diagnostic.Kind.WARNING, "ignoring unknown column \"%s\""),
  SPACES_DROPPED(Diagnostic.Kind.WARNING,
      "the spaces around the unquoted %s are dropped; quote the field to keep them"),
  MALFORMED_SERVICES_LINE(Diagnostic.Kind.ERROR, "expected \"name port/protocol [aliases...]\", found \"%s\""),
  BAD_PORT(Diagnostic.Kind.ERROR, "\"%s\" is not a port number (0-65535)"),
  BAD_RANGE(Diagnostic.Kind.ERROR, "\"%s\" is not a port range: it ends before it starts"),
  MISSING_PORT(Diagnostic.Kind.ERROR, "the row has no port"),
  UNKNOWN_TRANSPORT(Diagnostic.Kind.ERROR, "unknown transport \"%s\"; expected tcp, udp, sctp or dccp"),
  MISSING_TRANSPORT(Diagnostic.Kind.ERROR, "the row names no transport; expected tcp, udp, sctp or dccp"),
  UNKNOWN_STATUS(Diagnostic.Kind.ERROR,
      "unknown status \"%s\"; expected official, unofficial, unassigned or reserved"),
  UNKNOWN_SEED_STATUS(Diagnostic.Kind.ERROR, "unknown seed_status \"%s\"; expected official or unofficial"),
  MISSING_NAME(Diagnostic.Kind.ERROR, "the row has neither a constant nor a service name"),
  BAD_CONSTANT(Diagnostic.Kind.ERROR, "\"%s\" is not a valid constant name: %s"),
  BAD_SERVICE_NAME(Diagnostic.Kind.ERROR, "service name \"%s\" has no letter or digit to make a Java name from"),
  BAD_REFERENCE(Diagnostic.Kind.WARNING, "ignoring reference \"%s\": expected RFC followed by a number"),

  // Validating the catalog as a whole.
  DUPLICATE_CONSTANT(Diagnostic.Kind.ERROR, "constant %s is also given to port %s at %s; one constant names one service on one port"),
  CONFLICTING_MERGE(Diagnostic.Kind.ERROR, "rows of constant %s disagree on %s with %s"),
  SHADOWED_NAME(Diagnostic.Kind.WARNING,
      "name \"%s\" of %s is taken by %s at %s, which comes first in the table; lookups by it give %3$s"),
  TOO_MANY_ERRORS(Diagnostic.Kind.ERROR, "%d more errors in this table are not shown"),
  ENUM_TOO_LARGE(Diagnostic.Kind.ERROR,
      "%d services with %d other names do not fit in one Java enum (the JVM's 64 KiB limit on a method allows"
          + " at most %d services and %d other names here); narrow the catalog with ports, transports, assignments"
          + " or include, or set shape = PortCatalog.Shape.TABLE"),
  TABLE_SHAPE_CHOSEN(Diagnostic.Kind.NOTE,
      "%d services with %d other names are more than one Java enum holds (at most %d and %d), so %s is a table"
          + " class; narrow the catalog with ports, transports, assignments or include to get an enum, or set"
          + " shape = PortCatalog.Shape.TABLE to ask for the table class and silence this note"),
  SERVICE_TEXT_TOO_LONG(Diagnostic.Kind.ERROR,
      "the text of %s (constant, description and names) is %d characters long; a generated class holds at most %d"),
  CATALOG_TOO_LARGE(Diagnostic.Kind.ERROR,
      "%d services are more than one class of int constants can hold (at most %d: the class file's constant pool"
          + " has 65,535 entries); narrow the catalog with ports, transports, assignments, include or exclude"),
  EMPTY_CATALOG(Diagnostic.Kind.ERROR, "the catalog has no service left to generate%s"),

  // The annotation itself.
  BAD_TYPE_NAME(Diagnostic.Kind.ERROR, "%s \"%s\" is not a valid Java type name"),
  SAME_TYPE_NAMES(Diagnostic.Kind.ERROR, "typeName and constantsName are both \"%s\""),
  DUPLICATE_TYPE(Diagnostic.Kind.ERROR, "another @PortCatalog already generates %s"),
  BAD_PORT_FILTER(Diagnostic.Kind.ERROR, "ports filter \"%s\" is not a port number or range such as 8080 or 1024-49151"),
  UNKNOWN_FILTER_NAME(Diagnostic.Kind.ERROR, "%s names \"%s\", which is no service of this catalog"),
  BAD_RENAME(Diagnostic.Kind.ERROR, "rename of \"%s\": %s"),
  AMBIGUOUS_NAME(Diagnostic.Kind.ERROR,
      "%s names \"%s\", which %d services have as their service name or alias: %s; name one by its constant"),
  TYPE_NAME_IS_CONSTANT(Diagnostic.Kind.ERROR,
      "%s \"%s\" is also the name of a constant of the catalog, which the generated code would confuse with it;"
          + " choose another"),
  TYPE_NAME_TOO_LONG(Diagnostic.Kind.ERROR,
      "%s \"%s\" is longer than %d characters, too long for the names of the files it becomes"),
  TYPE_EXISTS(Diagnostic.Kind.ERROR,
      "%s is already a type of this compilation, not one the processor generated; choose another typeName or"
          + " constantsName"),
  RESERVED_TYPE_NAME(Diagnostic.Kind.ERROR, "%s \"%s\" is the name of a class the generated code uses; choose another"),
  SOURCE_NOT_WRITTEN(Diagnostic.Kind.ERROR,
      "the compiler cannot write %s (%s); nothing was generated; a package or type name of characters the file"
          + " system's encoding cannot hold is one cause"),

  // The processor itself.
  INTERNAL_ERROR(Diagnostic.Kind.ERROR,
      "internal error, please report it with this message; nothing was generated: %s");

  private final Diagnostic.Kind kind;
  private final String format;

  Message(Diagnostic.Kind kind, String format) {
    this.kind = kind;
    this.format = format;
  }

  /** Returns whether this message is an error, a warning or a note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** Returns the tag that starts every instance of this message, such as {@code [Portolan/BadPort]}. */
  public String tag() {
    StringBuilder camel = new StringBuilder();
    for (String word : name().split("_")) {
      camel.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return "[Portolan/" + camel + "]";
  }

  /** The most characters of one value that a message echoes; the rest is left out, and counted. */
  public static final int MAX_ECHO = 200;

  /**
   * Returns the tagged message text for {@code args}. Each value other than a number is echoed
   * as {@link #echo(String)} makes it safe to show.
   */
  public String format(Object... args) {
    Object[] echoed = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      echoed[i] = args[i] instanceof Number || args[i] == null ? args[i] : echo(String.valueOf(args[i]));
    }
    return tag() + " " + String.format(Locale.ROOT, format, echoed);
  }

  /**
   * Returns {@code text} fit to show in a terminal or an IDE: control, formatting (such as U+202E,
   * which reverses the text after it), separator and unpaired surrogate characters as Java escapes
   * (U+001B as a backslash, u and 001b), and at most {@link #MAX_ECHO} characters, followed by how many were left out.
   */
  public static String echo(String text) {
    return escape(text, MAX_ECHO);
  }

  /**
   * Returns {@code text} fit to show in a terminal or a report, whole: the characters {@link #echo}
   * escapes as Java escapes, and every other character as it is.
   */
  public static String escape(String text) {
    return escape(text, Integer.MAX_VALUE);
  }

  private static String escape(String text, int limit) {
    StringBuilder echoed = new StringBuilder(Math.min(text.length(), limit) + 32);
    int i = 0;
    for (; i < text.length() && echoed.length() < limit; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
          || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
      if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SURROGATE && !paired)
          || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
        echoed.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        echoed.append(c);
      }
    }
    if (i < text.length()) {
      echoed.append("... (").append(text.length() - i).append(" more characters)");
    }
    return echoed.toString();
  }
}
