package io.portolan.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A table of lower-case names, each with a value, that a name is looked up in ignoring case as
 * {@code name.toLowerCase(Locale.ROOT)} does, without allocating: a name of ASCII characters is
 * hashed and compared folded to lower case in place; one already in lower case is its own key, whose
 * {@code String} keeps its hash code. Any other name takes Unicode's case mapping. The folding is the
 * one the table class's {@link ServiceTable} probes with. Support for generated code only; see the
 * {@linkplain io.portolan.internal package}.
 */
final class NameProbe<V> {
  /** In each slot that holds a name, its hash code in the high 32 bits and one plus its position in the low. */
  private final long[] slots;

  /** Each slot's name. */
  private final String[] keys;

  /** The value of each position. */
  private final Object[] values;

  /** Whether every name is ASCII, so that a name is first looked up as it is. */
  private final boolean asciiNames;

  /**
   * Creates the table of {@code names}.
   *
   * @param names each lower-case name and its value, never null
   */
  NameProbe(Map<String, V> names) {
    int size = Integer.highestOneBit(Math.max(1, names.size()) * 2 - 1) * 2;
    slots = new long[size];
    keys = new String[size];
    values = new Object[names.size()];
    boolean ascii = true;
    int position = 0;
    for (Map.Entry<String, V> name : names.entrySet()) {
      String key = name.getKey();
      int hash = key.hashCode();
      int slot = (hash ^ hash >>> 16) & (size - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = ((long) hash << 32) | (position + 1L);
      keys[slot] = key;
      values[position++] = Objects.requireNonNull(name.getValue(), key);
      ascii &= key.chars().allMatch(c -> c <= 0x7F);
    }
    asciiNames = ascii;
  }

  /**
   * Returns the value of {@code name}, ignoring case as {@code toLowerCase(Locale.ROOT)} does, or
   * null when the table has no such name.
   */
  V find(String name) {
    if (asciiNames) {
      // Every name of the table is ASCII and lower case: a name equal to one is its own key.
      V found = probe(name, name.hashCode(), true);
      if (found != null) {
        return found;
      }
    }
    // Apart, so that the common path stays small enough to inline.
    return findFolded(name);
  }

  /**
   * Returns the value of {@code name} folded to lower case: in place for a name of ASCII
   * characters, by {@code toLowerCase(Locale.ROOT)} for any other. Where every name of the table is
   * ASCII, {@code name} as it is has been looked up already.
   */
  private V findFolded(String name) {
    boolean isKey = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F) {
        // Beyond ASCII, Unicode's case mapping decides: U+212A KELVIN SIGN lower-cases to 'k'.
        String key = name.toLowerCase(Locale.ROOT);
        return probe(key, key.hashCode(), true);
      }
      if (c >= 'A' && c <= 'Z') {
        isKey = false;
      }
    }
    if (asciiNames) {
      return isKey ? null : probe(name, lowerCaseHashCode(name), false);
    }
    return probe(name, isKey ? name.hashCode() : lowerCaseHashCode(name), isKey);
  }

  /**
   * Probes for {@code name} as it is ({@code isKey}) or folded to lower case (then a name of ASCII
   * characters), whose hash code, so compared, is {@code hash}.
   */
  @SuppressWarnings("unchecked") // values holds only Vs
  private V probe(String name, int hash, boolean isKey) {
    long[] slots = this.slots;
    int mask = slots.length - 1;
    for (int slot = (hash ^ hash >>> 16) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((int) (slots[slot] >>> 32) == hash && (isKey ? keys[slot].equals(name) : matchesFolded(keys[slot], name))) {
        return (V) values[(int) slots[slot] - 1];
      }
    }
    return null;
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
