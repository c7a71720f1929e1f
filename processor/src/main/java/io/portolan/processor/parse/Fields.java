package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the fields that every table format shares, reporting what is wrong with them. */
final class Fields {
  private static final Pattern PORT_OR_RANGE = Pattern.compile("(\\d{1,9})(?:\\s*-\\s*(\\d{1,9}))?");
  private static final Pattern RFC = Pattern.compile("(?<![A-Za-z0-9])RFC[ -]?(\\d{1,5})(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDS = Pattern.compile("[\\s,]+");

  private Fields() {}

  /** A port or an inclusive range of ports. */
  record Ports(int first, int last) {}

  /** Parses {@code 22} or {@code 6000-6063}; reports and returns null when it is neither. */
  static Ports ports(String text, String location, Problems problems) {
    Matcher matcher = PORT_OR_RANGE.matcher(text.trim());
    if (!matcher.matches()) {
      problems.add(Message.BAD_PORT, location, text);
      return null;
    }
    int first = Integer.parseInt(matcher.group(1));
    int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
    if (first > 65535 || last > 65535) {
      problems.add(Message.BAD_PORT, location, text);
      return null;
    }
    if (last < first) {
      problems.add(Message.BAD_RANGE, location, text);
      return null;
    }
    return new Ports(first, last);
  }

  /**
   * Parses transport keywords separated by spaces or commas; reports each unknown one and then
   * returns null.
   */
  static Set<Transport> transports(String text, String location, Problems problems) {
    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    boolean valid = true;
    for (String word : words(text)) {
      try {
        transports.add(Transport.ofKeyword(word));
      } catch (IllegalArgumentException unknown) {
        problems.add(Message.UNKNOWN_TRANSPORT, location, word);
        valid = false;
      }
    }
    return valid ? transports : null;
  }

  /**
   * Returns the RFC numbers cited in {@code text}, such as {@code [RFC3501][RFC9051]}, in order. A
   * draft, such as {@code [RFC-ietf-lamps-rfc5273bis-11]}, cites no RFC.
   */
  static List<Integer> rfcs(String text) {
    List<Integer> rfcs = new ArrayList<>();
    Matcher matcher = RFC.matcher(text);
    while (matcher.find()) {
      int rfc = Integer.parseInt(matcher.group(1));
      if (!rfcs.contains(rfc)) {
        rfcs.add(rfc);
      }
    }
    return rfcs;
  }

  /** Splits a list of words separated by white space or commas. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : WORDS.split(text.trim())) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
