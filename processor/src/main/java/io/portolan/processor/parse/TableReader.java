package io.portolan.processor.parse;

import io.portolan.processor.problem.Problems;

/** Reads the rows of one table format, reporting every row it cannot read. */
public interface TableReader {
  /**
   * Reads every row of {@code source}. Rows with problems are reported to {@code problems} and left
   * out; the caller must not generate anything when {@code problems} has errors.
   */
  Table read(SourceText source, Problems problems);
}
