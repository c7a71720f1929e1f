package io.portolan.processor.parse;

import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Chooses the reader for a table: the one asked for, or the one its first line shows. */
public final class Formats {
  private static final Pattern SERVICES_LINE = Pattern.compile("[^\\s,\"]+\\s+\\d+/\\S+(\\s.*)?");

  private Formats() {}

  /**
   * Returns the format of {@code source}: {@code format} itself, or for {@code AUTO} the one its
   * first line shows; empty, having reported why, when it cannot be told.
   */
  public static Optional<TableFormat> resolve(TableFormat format, SourceText source, Problems problems) {
    return Optional.ofNullable(format == TableFormat.AUTO ? detect(source, problems) : format);
  }

  /** Returns the reader of {@code format}, which must not be {@code AUTO}. */
  public static TableReader reader(TableFormat format) {
    switch (format) {
      case PORTOLAN:
        return new PortolanTableReader();
      case IANA:
        return new IanaTableReader();
      case SERVICES:
        return new ServicesTableReader();
      default:
        throw new IllegalArgumentException("no reader for " + format);
    }
  }

  /** Returns the reader for {@code format}, detecting it from {@code source} for {@code AUTO}. */
  public static Optional<TableReader> reader(TableFormat format, SourceText source, Problems problems) {
    return resolve(format, source, problems).map(Formats::reader);
  }

  /**
   * Detects the format from the first line that is neither blank nor a comment: a services entry
   * ({@code name port/protocol}, whatever follows a {@code #}), the IANA registry's header, or a
   * CSV header with a {@code port} column, its names quoted or not.
   */
  static TableFormat detect(SourceText source, Problems problems) {
    String[] lines = source.content().split("\r\n|\r|\n");
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int hash = line.indexOf('#');
      if (SERVICES_LINE.matcher(hash < 0 ? line : line.substring(0, hash).strip()).matches()) {
        return TableFormat.SERVICES;
      }
      List<String> columns = new ArrayList<>();
      for (String column : line.split(",", -1)) {
        String name = column.strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
          name = name.substring(1, name.length() - 1).strip();
        }
        columns.add(name.toLowerCase(Locale.ROOT));
      }
      if (columns.size() >= 3 && columns.subList(0, 3).equals(List.of("service name", "port number", "transport protocol"))) {
        return TableFormat.IANA;
      }
      if (columns.contains("port")) {
        return TableFormat.PORTOLAN;
      }
      problems.add(Message.FORMAT_UNDETECTED, source.at(index + 1), abbreviate(line));
      return null;
    }
    problems.add(Message.SOURCE_EMPTY, source.at(1));
    return null;
  }

  /** Returns the first line that is neither blank nor a comment (the header of a CSV table), or 1. */
  public static int firstContentLine(SourceText source) {
    String[] lines = source.content().split("\r\n|\r|\n");
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        return index + 1;
      }
    }
    return 1;
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
