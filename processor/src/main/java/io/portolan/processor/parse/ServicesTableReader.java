package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
  private static final Pattern ENTRY = Pattern.compile("(\\S+)\\s+(\\S+)/(\\S+)((?:\\s+\\S+)*)\\s*");
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
      Matcher entry = ENTRY.matcher(content);
      if (!entry.matches()) {
        problems.add(Message.MALFORMED_SERVICES_LINE, source.at(line, start), content);
        continue;
      }
      String protocol = entry.group(3).toLowerCase(Locale.ROOT);
      if (OTHER_PROTOCOLS.contains(protocol)) {
        continue;
      }
      String portText = entry.group(2);
      if (!PORT.matcher(portText).matches() || Integer.parseInt(portText) > 65535) {
        problems.add(Message.BAD_PORT, source.at(line, start + entry.start(2)), portText);
        continue;
      }
      Transport transport;
      try {
        transport = Transport.ofKeyword(protocol);
      } catch (IllegalArgumentException unknown) {
        problems.add(Message.UNKNOWN_TRANSPORT, source.at(line, start + entry.start(3)), protocol);
        continue;
      }
      int port = Integer.parseInt(portText);
      String comment = hash < 0 ? "" : text.substring(hash + 1).strip();
      rows.add(new TableRow(source.at(line), line, port, port, EnumSet.of(transport), "", entry.group(1),
          Fields.words(entry.group(4)), RowStatus.OFFICIAL, comment, Fields.rfcs(comment), ""));
    }
    return new Table(rows, "");
  }

  /** Returns the 1-based column where {@code content}, the stripped {@code line}, starts. */
  private static int column(String line, String content) {
    return line.indexOf(content) + 1;
  }
}
