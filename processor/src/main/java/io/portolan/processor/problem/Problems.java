package io.portolan.processor.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems found in one catalog, so that all of them are reported at once. */
public final class Problems {
  /**
   * More errors than this from one table are summarised rather than listed. javac shows at most 100
   * errors unless told otherwise ({@code -Xmaxerrs}), so 99 leave room for the summary.
   */
  public static final int MAX_REPORTED_ERRORS = 99;

  private final List<Problem> problems = new ArrayList<>();
  private int errors;

  /** Records a problem at {@code location}. */
  public void add(Message message, String location, Object... args) {
    Problem problem = new Problem(message, location, args);
    if (problem.isError()) {
      errors++;
      if (errors > MAX_REPORTED_ERRORS) {
        return;
      }
    }
    problems.add(problem);
  }

  /** Returns how many errors were recorded, reported or not. */
  public int errorCount() {
    return errors;
  }

  /** Returns whether any error was recorded. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** Returns the problems to report, with a closing summary when errors were left out. */
  public List<Problem> toReport() {
    if (errors <= MAX_REPORTED_ERRORS) {
      return Collections.unmodifiableList(problems);
    }
    List<Problem> report = new ArrayList<>(problems);
    report.add(new Problem(Message.TOO_MANY_ERRORS, "", errors - MAX_REPORTED_ERRORS));
    return report;
  }
}
