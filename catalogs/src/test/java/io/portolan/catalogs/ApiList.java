package io.portolan.catalogs;

import io.portolan.ServicePort;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stability gate's checks: a committed list of a catalog's public constants and their numbers
 * ({@code CONSTANT number} or {@code CONSTANT first-last} lines, {@code #} comments) against the
 * constants the build generated. Users' class files hold the constants' values (JLS 13.4.9), so a
 * listed constant must stay, with its number; a new constant must be added to the list, so that
 * the next build holds it too.
 */
final class ApiList {
  /** The command that adds the generated constants missing from the lists, and only adds. */
  static final String UPDATE_COMMAND = "mvn -B verify -pl data,processor,catalogs -am -Dportolan.updateApi=true";

  private ApiList() {}

  /** Returns the constants and numbers that {@code lines} list, in their order. */
  static Map<String, String> parse(String name, List<String> lines) {
    Map<String, String> listed = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(" ");
      if (fields.length != 2 || !fields[1].matches("\\d+(-\\d+)?")) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected \"CONSTANT number[-last]\", found \""
            + line + "\"");
      }
      if (listed.put(fields[0], fields[1]) != null) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": " + fields[0] + " is listed twice");
      }
    }
    return listed;
  }

  /**
   * Returns the public constants of {@code constants}, the constants class of the typed catalog
   * {@code typed}, with their numbers: the constant's value, and the last port of a range as the
   * typed catalog gives it.
   */
  static Map<String, String> generated(Class<?> constants, Class<?> typed) throws ReflectiveOperationException {
    Map<String, Integer> lastNumbers = new LinkedHashMap<>();
    try {
      for (Object service : (List<?>) typed.getMethod("all").invoke(null)) {
        ServicePort port = (ServicePort) service;
        lastNumbers.put(port.constantName(), port.lastNumber());
      }
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
    Map<String, String> generated = new LinkedHashMap<>();
    for (Field field : constants.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == int.class) {
        int number = field.getInt(null);
        Integer last = lastNumbers.get(field.getName());
        generated.put(field.getName(), last == null || last == number ? Integer.toString(number) : number + "-" + last);
      }
    }
    return generated;
  }

  /**
   * Returns what breaks users: each listed constant that is gone or has another number, one message
   * each, saying what to do.
   *
   * @param type the constants class's simple name, as messages name it
   * @param retire how this catalog keeps a retired name, for the messages
   */
  static List<String> breaking(String type, Map<String, String> listed, Map<String, String> generated,
      String retire) {
    List<String> problems = new ArrayList<>();
    listed.forEach((constant, number) -> {
      String now = generated.get(constant);
      if (now == null) {
        problems.add(type + "." + constant + " (" + number + ") is listed in api/" + type + ".txt but no longer"
            + " generated: code that uses it would stop compiling. Restore the name, or keep it as a deprecated"
            + " constant with the same number: " + retire);
      } else if (!now.equals(number)) {
        problems.add(type + "." + constant + " changed its number from " + number + " to " + now + ": code compiled"
            + " against it keeps " + number + " inlined. Restore the number " + number + " under this name and give"
            + " the new port another constant, or keep " + constant + " as a deprecated constant: " + retire);
      }
    });
    return problems;
  }

  /** Returns the lines for the generated constants that {@code listed} lacks, in generated order. */
  static List<String> unlisted(Map<String, String> listed, Map<String, String> generated) {
    List<String> lines = new ArrayList<>();
    generated.forEach((constant, number) -> {
      if (!listed.containsKey(constant)) {
        lines.add(constant + " " + number);
      }
    });
    return lines;
  }

  /** Returns the message for generated constants that the list lacks. */
  static String unlistedMessage(String type, List<String> unlisted) {
    return unlisted.size() + " public constant(s) of " + type + " are not in api/" + type + ".txt, the committed list"
        + " that keeps them from disappearing, such as " + unlisted.get(0) + ". Check that they are meant to be"
        + " public, then add them (this only adds lines) with: " + UPDATE_COMMAND;
  }
}
