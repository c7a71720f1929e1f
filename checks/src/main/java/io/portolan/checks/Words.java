package io.portolan.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the names around a literal ({@code elasticsearchPort}, {@code KAFKA_BROKER_PORT},
 * {@code "kafka.internal"}) into lower-case words, and compares them with a service's names.
 */
final class Words {
  /**
   * Words that say nothing about which service a port is: the names of ports in general, of hosts,
   * of the network APIs and of accessors. They are dropped from the words around a literal.
   */
  private static final Set<String> NEUTRAL = Set.of(
      "port", "ports", "default", "defaults", "local", "localhost", "remote", "host", "hostname",
      "address", "addr", "inet", "socket", "server", "client", "the", "a", "an", "of", "to", "for",
      "get", "set", "with", "new", "my", "number", "num", "no", "listen", "listener", "bind",
      "connect", "create", "open", "mapped", "exposed", "original", "container", "internal",
      "external", "public", "private", "value", "test", "tcp", "udp", "ip", "net", "www", "com",
      "org", "io", "example", "unresolved", "factory", "builder", "channel", "datagram", "packet",
      "url", "uri", "fixed", "first", "second", "main");

  /** Words that say a variable's port is deliberately no service's: a test's invalid or unused port. */
  private static final Set<String> NO_SERVICE = Set.of(
      "invalid", "unused", "dummy", "fake", "bad", "wrong", "unreachable", "nonexistent", "nonexisting", "bogus");

  /** The shortest word that may match a longer service name by its beginning ({@code mongo}). */
  private static final int MIN_PREFIX = 5;

  private Words() {}

  /**
   * Returns the words of {@code text}, split at case changes, digits and any character that is no
   * letter, in lower case, without the neutral ones; each pair of neighbouring words is also given
   * joined ({@code open}, {@code search}, {@code opensearch}).
   */
  static List<String> around(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = c < 128 && Character.isLetter(c);
      // camelCase starts a word at an upper-case letter after a lower-case one; HTTPServer at the
      // last capital before a lower-case letter.
      boolean wordStarts = letter && Character.isUpperCase(c) && word.length() > 0
          && (Character.isLowerCase(text.charAt(i - 1))
              || (i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1))));
      if (!letter || wordStarts) {
        flush(word, parts);
      }
      if (letter) {
        word.append(Character.toLowerCase(c));
      }
    }
    flush(word, parts);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (!NEUTRAL.contains(parts.get(i))) {
        words.add(parts.get(i));
      }
      if (i + 1 < parts.size()) {
        words.add(parts.get(i) + parts.get(i + 1));
      }
    }
    return words;
  }

  /**
   * Whether a variable's or parameter's name says its port is deliberately no service's
   * ({@code INVALID_PORT}, {@code unusedPort}, {@code nonExistentPort}).
   */
  static boolean saysNoService(String name) {
    for (String word : around(name)) {
      if (NO_SERVICE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder word, List<String> parts) {
    if (word.length() > 0) {
      parts.add(word.toString());
      word.setLength(0);
    }
  }

  /**
   * Returns the words a service is known by: its constant's words and the constant joined, its
   * service name's words and the name joined, and the same of each alias.
   */
  static List<String> ofNames(Iterable<String> names) {
    List<String> words = new ArrayList<>();
    for (String name : names) {
      String lower = name.toLowerCase(Locale.ROOT);
      StringBuilder joined = new StringBuilder();
      for (String part : lower.split("[^a-z0-9]+")) {
        if (!part.isEmpty()) {
          words.add(part);
          joined.append(part);
        }
      }
      words.add(joined.toString());
    }
    return words;
  }

  /**
   * Whether the word around a literal names what {@code nameWord} names: the same word, or, for a word
   * of five letters or more, the beginning of it ({@code postgres} and {@code postgresql}).
   */
  static boolean matches(String word, String nameWord) {
    return word.equals(nameWord) || (word.length() >= MIN_PREFIX && nameWord.startsWith(word));
  }
}
