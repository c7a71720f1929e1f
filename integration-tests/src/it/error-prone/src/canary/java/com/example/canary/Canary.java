package com.example.canary;

/** Holds lines joined by {@code +}, which Error Prone's StringConcatToTextBlock check reports. */
final class Canary {
  private Canary() {}

  static final String LINES = "first\n"
      + "second\n"
      + "third\n";
}
