package io.portolan.processor.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes table text as Java string literals and text blocks that are plain ASCII and stay one token
 * whatever the text holds. Control characters become escapes javac reads after Unicode escapes are
 * translated ({@code \n}, {@code \001}); other characters outside ASCII become Unicode escapes, which
 * are safe there because none of them is a quote, a backslash or, in Java, a line terminator (U+2028
 * is not).
 */
final class JavaStrings {
  private JavaStrings() {}

  /** Returns {@code text} as one string literal, quotes included. */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        literal.append("\\\"");
      } else {
        appendEscaped(literal, c);
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Tells whether {@code text} can be a text block that javac compiles without a warning: it
   * holds none of U+0085, U+2028 and U+2029, which end no line in Java but after which javac's
   * {@code text-blocks} lint sees trailing white space.
   */
  static boolean fitsTextBlock(String text) {
    return text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
  }

  /**
   * Returns {@code text} as one text block (Java 15 and later), delimiters included: its lines read
   * as lines of the source, each indented as much as the closing delimiter, which stands on a line
   * of its own. A quote followed by another is escaped, so that the text never holds the delimiter;
   * a space that ends a line is escaped ({@code \s}), as the compiler strips trailing white space;
   * text that does not end with a line feed ends with an escaped line end.
   */
  static String textBlock(String text) {
    if (text.isEmpty()) {
      return "\"\"";
    }
    StringBuilder block = new StringBuilder(text.length() + 16).append("\"\"\"\n");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean endsLine = i + 1 == text.length() || text.charAt(i + 1) == '\n';
      if (c == '\n') {
        block.append('\n');
      } else if (c == '"' && !endsLine && text.charAt(i + 1) == '"') {
        block.append("\\\"");
      } else if (c == ' ' && endsLine) {
        block.append("\\s");
      } else {
        appendEscaped(block, c);
      }
    }
    if (text.charAt(text.length() - 1) != '\n') {
      block.append("\\\n");
    }
    return block.append("\"\"\"").toString();
  }

  /** Appends {@code c}, other than a quote, as a string literal or a text block holds it. */
  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      default -> {
        if (c < 0x20 || c == 0x7F) {
          out.append(String.format("\\%03o", (int) c));
        } else if (c > 0x7E) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
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
