package io.portolan.processor.parse;

import io.portolan.Assignment;
import java.util.Locale;
import java.util.Optional;

/** The status a port table gives a row. Only official and unofficial rows become constants. */
public enum RowStatus {
  OFFICIAL,
  UNOFFICIAL,
  UNASSIGNED,
  RESERVED;

  /** Returns the status named by {@code keyword} (any case), if any. */
  static Optional<RowStatus> ofKeyword(String keyword) {
    for (RowStatus status : values()) {
      if (status.name().equals(keyword.toUpperCase(Locale.ROOT))) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** Returns the assignment of a row with this status, or empty if the row names no service. */
  public Optional<Assignment> assignment() {
    switch (this) {
      case OFFICIAL:
        return Optional.of(Assignment.OFFICIAL);
      case UNOFFICIAL:
        return Optional.of(Assignment.UNOFFICIAL);
      default:
        return Optional.empty();
    }
  }
}
