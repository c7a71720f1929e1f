package io.portolan.tools.diff;

import java.util.List;

/** A table that cannot be compared: missing, unreadable or malformed; each problem names its place. */
public final class DiffInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception for {@code problems}, each a line such as {@code old.csv:12: ...}. */
  public DiffInputException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems, one line each. */
  public List<String> problems() {
    return problems;
  }
}
