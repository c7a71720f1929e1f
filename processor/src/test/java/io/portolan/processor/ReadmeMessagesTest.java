package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of diagnostics and {@link Message} list the same messages, of the same kinds. */
class ReadmeMessagesTest {
  private static final Path README = Path.of("../README.md");
  private static final Pattern ROW = Pattern.compile("^\\| `(\\[Portolan/\\w+\\])` \\| (error|warning|note) \\|", Pattern.MULTILINE);

  @Test
  void everyMessageIsInTheReadmeWithItsKind() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    List<String> documented = new ArrayList<>();
    Matcher row = ROW.matcher(readme);
    while (row.find()) {
      documented.add(row.group(1) + " " + row.group(2));
    }
    List<String> messages = new ArrayList<>();
    for (Message message : Message.values()) {
      messages.add(message.tag() + " " + message.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
    assertEquals(messages, documented, "README.md's diagnostics table, in Message's order");
  }
}
