package io.portolan.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decodes the compact text fields in which generated code keeps a service's other names and RFC
 * numbers. Support for generated code only; see the {@linkplain io.portolan.internal package}.
 */
public final class ServiceFields {
  /**
   * The link of an RFC, less its number: the links {@link #rfcLinks(String)} gives, and those the
   * Javadoc of generated constants gives.
   */
  public static final String RFC_LINK = "https://www.rfc-editor.org/rfc/rfc";

  private ServiceFields() {}

  /**
   * Splits a field of words separated by spaces. A backslash escapes the character after it:
   * {@code \s} is a space within a word, {@code \t}, {@code \n} and {@code \r} are a tab, a line
   * feed and a carriage return, and {@code \\} is a backslash.
   *
   * @param field the words, or an empty string for none
   * @return the words, an unmodifiable list
   */
  public static List<String> words(String field) {
    if (field.isEmpty()) {
      return Collections.emptyList();
    }
    List<String> words = new ArrayList<>(2);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ' ') {
        words.add(word.toString());
        word.setLength(0);
      } else if (c == '\\') {
        word.append(unescaped(field.charAt(++i)));
      } else {
        word.append(c);
      }
    }
    words.add(word.toString());
    return Collections.unmodifiableList(words);
  }

  /**
   * Escapes {@code text} for a field of generated code, as {@link #words} and a table class's rows
   * decode it: a backslash, tab, line feed and carriage return become {@code \\}, {@code \t},
   * {@code \n} and {@code \r}; with {@code spaces}, a space becomes {@code \s}, for a word of a
   * field of words.
   *
   * @param text the text
   * @param spaces whether spaces are escaped too
   * @return the escaped text
   */
  public static String escaped(String text, boolean spaces) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\':
          escaped.append("\\\\");
          break;
        case '\t':
          escaped.append("\\t");
          break;
        case '\n':
          escaped.append("\\n");
          break;
        case '\r':
          escaped.append("\\r");
          break;
        case ' ':
          escaped.append(spaces ? "\\s" : " ");
          break;
        default:
          escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Returns the character that a backslash before {@code escaped} stands for in a field: a space for
   * {@code s}, a tab, line feed or carriage return for {@code t}, {@code n} or {@code r}, and
   * {@code escaped} itself otherwise (a backslash for a backslash).
   */
  static char unescaped(char escaped) {
    return escaped == 's' ? ' ' : escaped == 't' ? '\t' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped;
  }

  /**
   * Returns the links to the RFCs numbered in {@code numbers}, such as
   * {@code https://www.rfc-editor.org/rfc/rfc4251} for {@code 4251}.
   *
   * @param numbers RFC numbers separated by spaces, or an empty string for none
   * @return the links, an unmodifiable list
   */
  public static List<URI> rfcLinks(String numbers) {
    if (numbers.isEmpty()) {
      return Collections.emptyList();
    }
    List<URI> links = new ArrayList<>(2);
    int start = 0;
    for (int space = numbers.indexOf(' '); space >= 0; space = numbers.indexOf(' ', start)) {
      links.add(URI.create(RFC_LINK + numbers.substring(start, space)));
      start = space + 1;
    }
    links.add(URI.create(RFC_LINK + numbers.substring(start)));
    return Collections.unmodifiableList(links);
  }
}
