package io.portolan.sample;

import java.io.PrintStream;
import java.util.List;

/**
 * A command that {@code portinfo} runs when its first argument is the command's name, in place of a
 * lookup: {@code portinfo NAME ARGS...}. {@code portinfo --help} lists every one.
 */
interface Subcommand {
  /**
   * The word that selects the command, such as {@code diff}.
   *
   * @return a lower-case word that starts with a letter
   */
  String name();

  /**
   * The arguments the command takes, for the usage line, such as {@code OLD NEW}.
   *
   * @return the arguments' synopsis
   */
  String synopsis();

  /**
   * What the command does, in one line, for {@code portinfo --help}.
   *
   * @return a short sentence
   */
  String summary();

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name
   * @param out where results go
   * @param err where errors go
   * @return the exit status: {@link PortInfo#FOUND}, {@link PortInfo#NOT_FOUND} or
   *     {@link PortInfo#USAGE}, or another the command documents
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
