package io.portolan.processor.parse;

import io.portolan.PortCatalog;
import io.portolan.processor.Message;
import io.portolan.processor.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Chooses the reader for a table: the one asked for, or the one its first line shows. */
public final class Formats {
  private static final Pattern SERVICES_LINE = Pattern.compile("\\S+\\s+\\d+/\\S+(\\s.*)?");

  private Formats() {}

  /** Returns the reader for {@code format}, detecting it from {@code source} for {@code AUTO}. */
  public static Optional<TableReader> reader(PortCatalog.Format format, SourceText source, Problems problems) {
    PortCatalog.Format chosen = format == PortCatalog.Format.AUTO ? detect(source, problems) : format;
    if (chosen == null) {
      return Optional.empty();
    }
    switch (chosen) {
      case PORTOLAN:
        return Optional.of(new PortolanTableReader());
      case IANA:
        return Optional.of(new IanaTableReader());
      case SERVICES:
        return Optional.of(new ServicesTableReader());
      default:
        throw new AssertionError(chosen);
    }
  }

  /** Detects the format from the first line that is neither blank nor a comment. */
  static PortCatalog.Format detect(SourceText source, Problems problems) {
    String[] lines = source.content().split("\r\n|\r|\n");
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("service name,port number,transport protocol")) {
        return PortCatalog.Format.IANA;
      }
      if (lower.startsWith("port,") || lower.contains(",port,") || lower.endsWith(",port")) {
        return PortCatalog.Format.PORTOLAN;
      }
      if (SERVICES_LINE.matcher(line).matches()) {
        return PortCatalog.Format.SERVICES;
      }
      problems.add(Message.FORMAT_UNDETECTED, source.at(index + 1), abbreviate(line));
      return null;
    }
    problems.add(Message.SOURCE_EMPTY, source.at(1));
    return null;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
