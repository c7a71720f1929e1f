package io.portolan.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes port tables for tests. */
final class TestTables {
  /** The header of Portolan's CSV format, every column in its usual order. */
  static final String HEADER = "port,transports,constant,service,aliases,status,description,references";

  private TestTables() {}

  /** Returns one CSV record of {@code fields}, each quoted, so that any text survives as it is. */
  static String row(String... fields) {
    List<String> quoted = new ArrayList<>();
    for (String field : fields) {
      quoted.add("\"" + field.replace("\"", "\"\"") + "\"");
    }
    return String.join(",", quoted);
  }

  /** Returns a Portolan table: {@link #HEADER}, then {@code lines}, each ended by a line feed. */
  static String portolan(String... lines) {
    return portolan(List.of(lines));
  }

  /** Returns a Portolan table: {@link #HEADER}, then {@code lines}, each ended by a line feed. */
  static String portolan(List<String> lines) {
    StringBuilder table = new StringBuilder(HEADER).append('\n');
    lines.forEach(line -> table.append(line).append('\n'));
    return table.toString();
  }

  /** Writes {@code content} as UTF-8 to {@code directory/name} and returns the file. */
  static Path write(Path directory, String name, String content) {
    try {
      Path file = directory.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
