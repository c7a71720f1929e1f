package com.example.canary;

/** Holds what Error Prone's StringConcatToTextBlock check reports, the warning 0.1's table class had. */
final class Canary {
  private Canary() {}

  static final String LINES = "first\n"
      + "second\n"
      + "third\n";
}
