package io.portolan.processor.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes table text as Java string literals that are plain ASCII and stay one token whatever the
 * text holds. Control characters become escapes javac reads after Unicode escapes are translated
 * ({@code \n}, {@code \001}); other characters outside ASCII become Unicode escapes, which are safe
 * there because none of them is a quote, a backslash or, in Java, a line terminator (U+2028 is not).
 */
final class JavaStrings {
  private JavaStrings() {}

  /** Returns {@code text} as one string literal, quotes included. */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        case '\b' -> literal.append("\\b");
        case '\f' -> literal.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            literal.append(String.format("\\%03o", (int) c));
          } else if (c > 0x7E) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Returns {@code text} as literals joined by {@code +}, one a line of the text, so that text made
   * of lines reads as lines in the source.
   */
  static String lines(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end + 1;
      pieces.add(literal(text.substring(start, end)));
      start = end;
    }
    return pieces.isEmpty() ? "\"\"" : String.join("\n    + ", pieces);
  }
}
