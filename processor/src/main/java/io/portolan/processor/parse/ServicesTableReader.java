package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.Message;
import io.portolan.processor.Problems;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code /etc/services} format: one {@code name port/protocol [aliases...] [# comment]}
 * entry a line, blank lines and {@code #} comments between them. The comment becomes the
 * description. The format records no assignment, so entries count as official, as the services
 * files that systems ship are drawn from the IANA registry.
 */
public final class ServicesTableReader implements TableReader {
  private static final Pattern ENTRY = Pattern.compile("(\\S+)\\s+(\\S+)/(\\S+)((?:\\s+[^\\s#]+)*)\\s*(?:#\\s*(.*))?");
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
      String content = text.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(content);
      if (!entry.matches()) {
        problems.add(Message.MALFORMED_SERVICES_LINE, source.at(line, column(text, content)), content);
        continue;
      }
      String protocol = entry.group(3).toLowerCase(Locale.ROOT);
      if (OTHER_PROTOCOLS.contains(protocol)) {
        continue;
      }
      String portText = entry.group(2);
      int portColumn = column(text, content) + entry.start(2);
      if (!PORT.matcher(portText).matches() || Integer.parseInt(portText) > 65535) {
        problems.add(Message.BAD_PORT, source.at(line, portColumn), portText);
        continue;
      }
      Transport transport;
      try {
        transport = Transport.ofKeyword(protocol);
      } catch (IllegalArgumentException unknown) {
        problems.add(Message.UNKNOWN_TRANSPORT, source.at(line, column(text, content) + entry.start(3)), protocol);
        continue;
      }
      int port = Integer.parseInt(portText);
      String comment = entry.group(5) == null ? "" : entry.group(5).strip();
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
