package io.portolan.processor.parse;

/**
 * The text of a port table and the name it is reported under.
 *
 * @param name the name used in diagnostics, such as {@code ports/internal.csv}
 * @param content the whole text
 */
public record SourceText(String name, String content) {
  /** Returns the {@code name:line} location of a line. */
  public String at(long line) {
    return name + ":" + line;
  }

  /** Returns the {@code name:line:column} location of a character. */
  public String at(long line, int column) {
    return name + ":" + line + ":" + column;
  }
}
