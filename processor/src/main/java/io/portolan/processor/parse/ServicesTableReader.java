package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code /etc/services} format as the GNU C library does: {@code #} starts a comment
 * anywhere on a line ({@code ftp 21/tcp#c} is an entry; {@code foo#bar 80/tcp} is only the name
 * {@code foo}), and what is left is {@code name port/protocol [aliases...]}, separated by white
 * space. The comment of an entry's line becomes its description. The format records no assignment,
 * so entries count as official, as the services files that systems ship are drawn from the IANA
 * registry.
 */
public final class ServicesTableReader implements TableReader {
  private static final Pattern PORT = Pattern.compile("\\d{1,5}");

  /** Protocols that services files name but that carry no port Portolan models (AppleTalk's). */
  private static final Set<String> OTHER_PROTOCOLS = Set.of("ddp");

  @Override
  public Table read(SourceText source, Problems problems) {
    List<TableRow> rows = new ArrayList<>();
    String[] lines = source.content().split("\r\n|\r|\n", -1);
    for (int index = 0; index < lines.length; index++) {
      int line = index + 1;
      String text = lines[index];
      int hash = text.indexOf('#');
      String entryText = hash < 0 ? text : text.substring(0, hash);
      String content = entryText.strip();
      if (content.isEmpty()) {
        continue;
      }
      int start = column(entryText, content);
      // Words are read one by one, not by a regular expression, so that a line of any length (a
      // thousand aliases) costs time in proportion to it and no stack.
      List<int[]> words = words(content);
      // The second word is port/protocol, split at its last slash, both parts not empty.
      int portStart = words.size() < 2 ? -1 : words.get(1)[0];
      int portEnd = words.size() < 2 ? -1 : words.get(1)[1];
      int slash = words.size() < 2 ? -1 : content.lastIndexOf('/', portEnd - 1);
      if (slash <= portStart || slash == portEnd - 1) {
        problems.add(Message.MALFORMED_SERVICES_LINE, source.at(line, start), content);
        continue;
      }
      String protocol = content.substring(slash + 1, portEnd).toLowerCase(Locale.ROOT);
      if (OTHER_PROTOCOLS.contains(protocol)) {
        continue;
      }
      String portText = content.substring(portStart, slash);
      if (!PORT.matcher(portText).matches() || Integer.parseInt(portText) > 65535) {
        problems.add(Message.BAD_PORT, source.at(line, start + portStart), portText);
        continue;
      }
      Transport transport;
      try {
        transport = Transport.ofKeyword(protocol);
      } catch (IllegalArgumentException unknown) {
        problems.add(Message.UNKNOWN_TRANSPORT, source.at(line, start + slash + 1), protocol);
        continue;
      }
      int port = Integer.parseInt(portText);
      String comment = hash < 0 ? "" : text.substring(hash + 1).strip();
      List<String> aliases = words.size() > 2 ? Fields.words(content.substring(words.get(2)[0])) : List.of();
      rows.add(new TableRow(source.at(line), line, port, port, EnumSet.of(transport), "",
          content.substring(words.get(0)[0], words.get(0)[1]), aliases, RowStatus.OFFICIAL, comment,
          Fields.rfcs(comment), ""));
    }
    return new Table(rows, "");
  }

  /**
   * Returns where each word of {@code text} starts and ends: the runs of characters other than the
   * white space of a services file (space, tab, line feed, vertical tab, form feed, carriage return).
   */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        words.add(new int[] {start, i});
        start = -1;
      }
    }
    return words;
  }

  /** Returns the 1-based column where {@code content}, the stripped {@code line}, starts. */
  private static int column(String line, String content) {
    return line.indexOf(content) + 1;
  }
}
