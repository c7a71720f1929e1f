package io.portolan.internal;

import java.util.Locale;
import java.util.Map;

/**
 * A table of lower-case names, each with a position, that a name is looked up in ignoring case as
 * {@code name.toLowerCase(Locale.ROOT)} does, without allocating: a name of ASCII characters is
 * hashed and compared folded to lower case in place; one already in lower case is its own key, whose
 * {@code String} keeps its hash code. Any other name takes Unicode's case mapping. The folding is the
 * one the table class's {@link ServiceTable} probes with. Support for generated code only; see the
 * {@linkplain io.portolan.internal package}.
 */
final class NameProbe {
  /** In each slot that holds a name, its hash code in the high 32 bits and one plus its position in the low. */
  private final long[] slots;

  /** Each slot's name. */
  private final String[] keys;

  /** Whether every name is ASCII, so that a name is first looked up as it is. */
  private final boolean asciiNames;

  /**
   * Creates the table of {@code names}.
   *
   * @param names each lower-case name and its position, from 0
   */
  NameProbe(Map<String, Integer> names) {
    int size = Integer.highestOneBit(Math.max(1, names.size()) * 2 - 1) * 2;
    slots = new long[size];
    keys = new String[size];
    boolean ascii = true;
    for (Map.Entry<String, Integer> name : names.entrySet()) {
      String key = name.getKey();
      int hash = key.hashCode();
      int slot = (hash ^ hash >>> 16) & (size - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = ((long) hash << 32) | (name.getValue() + 1L);
      keys[slot] = key;
      ascii &= key.chars().allMatch(c -> c <= 0x7F);
    }
    asciiNames = ascii;
  }

  /**
   * Returns the position of {@code name}, ignoring case as {@code toLowerCase(Locale.ROOT)} does, or
   * -1 when the table has no such name.
   */
  int find(String name) {
    if (asciiNames) {
      int found = find(name, name.hashCode(), true);
      if (found >= 0) {
        return found;
      }
    }
    boolean isKey = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F) {
        // Beyond ASCII, Unicode's case mapping decides: U+212A KELVIN SIGN lower-cases to 'k'.
        String key = name.toLowerCase(Locale.ROOT);
        return find(key, key.hashCode(), true);
      }
      if (c >= 'A' && c <= 'Z') {
        isKey = false;
      }
    }
    if (asciiNames && isKey) {
      return -1;
    }
    return find(name, isKey ? name.hashCode() : lowerCaseHashCode(name), isKey);
  }

  private int find(String name, int hash, boolean isKey) {
    int mask = slots.length - 1;
    for (int slot = (hash ^ hash >>> 16) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((int) (slots[slot] >>> 32) == hash && (isKey ? keys[slot].equals(name) : matchesFolded(keys[slot], name))) {
        return (int) slots[slot] - 1;
      }
    }
    return -1;
  }

  /** Returns {@code name.toLowerCase(Locale.ROOT).hashCode()} for a name of ASCII characters, without the copy. */
  static int lowerCaseHashCode(String name) {
    int hash = 0;
    for (int i = 0; i < name.length(); i++) {
      hash = 31 * hash + lowerCase(name.charAt(i));
    }
    return hash;
  }

  /** Returns whether {@code key} is {@code name}, a name of ASCII characters, folded to lower case. */
  static boolean matchesFolded(String key, String name) {
    if (key.length() != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (key.charAt(i) != lowerCase(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns an ASCII character in lower case, as {@code Locale.ROOT} has it. */
  private static char lowerCase(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
