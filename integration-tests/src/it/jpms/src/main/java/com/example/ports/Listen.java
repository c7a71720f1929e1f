package com.example.ports;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The port a server of this application listens on. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Listen {
  /**
   * The port.
   *
   * @return a port number
   */
  int value();
}
