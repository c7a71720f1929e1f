package io.portolan.processor.problem;

/**
 * One thing wrong (or suspicious) in a port table or a {@code @PortCatalog}, with where it is.
 *
 * @param message what is wrong
 * @param location where: {@code file:line[:column]}, or empty when the problem is the annotation's own
 * @param args the values {@code message} formats
 */
public record Problem(Message message, String location, Object... args) {
  /** Returns the problem {@code message} at {@code location}, formatting {@code args}. */
  public static Problem of(Message message, String location, Object... args) {
    return new Problem(message, location, args);
  }

  /** Returns the text shown to the user: location first, then the tagged message. */
  public String text() {
    String text = message.format(args);
    return location.isEmpty() ? text : location + ": " + text;
  }

  /** Returns whether this problem stops generation. */
  public boolean isError() {
    return message.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }
}
