package io.portolan.processor.parse;

import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a port table and the name it is reported under.
 *
 * @param name the name used in diagnostics, such as {@code ports/internal.csv}
 * @param content the whole text
 */
public record SourceText(String name, String content) {
  /**
   * The most bytes a port table may hold, 32 MiB: the whole IANA registry is about 1.1 MB, and a
   * larger file is refused before it is read whole (a stream such as {@code /dev/zero} never ends).
   */
  public static final int MAX_BYTES = 32 << 20;

  /** A port table larger than {@link #MAX_BYTES}. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("it holds more than " + (MAX_BYTES >> 20) + " MiB, more than any port table");
    }
  }

  /**
   * Reads {@code in} to its end, but no more than {@link #MAX_BYTES}.
   *
   * @throws TooLargeException when there is more
   */
  public static byte[] readBounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new TooLargeException();
    }
    return bytes;
  }

  /** Returns the {@code name:line} location of a line. */
  public String at(long line) {
    return name + ":" + line;
  }

  /** Returns the {@code name:line:column} location of a character. */
  public String at(long line, int column) {
    return name + ":" + line + ":" + column;
  }

  /**
   * Decodes a table's bytes as strict UTF-8, dropping a byte order mark. Returns null, having
   * reported it, for bytes that are not UTF-8 (naming the line of the first bad byte) or a table
   * with nothing but white space.
   */
  public static SourceText decode(String name, byte[] bytes, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      problems.add(Message.SOURCE_UNREADABLE, name + ":" + lineOf(bytes, bad), name,
          String.format("byte 0x%02x at offset %d is not UTF-8", bytes[bad] & 0xFF, bad));
      return null;
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      problems.add(Message.SOURCE_EMPTY, name + ":1");
      return null;
    }
    return new SourceText(name, text);
  }

  /** Returns the line of byte {@code offset}, counting LF, CRLF and a lone CR as line ends. */
  static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
