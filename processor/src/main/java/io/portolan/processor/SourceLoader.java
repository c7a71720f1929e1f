package io.portolan.processor;

import io.portolan.PortCatalog;
import io.portolan.processor.parse.SourceText;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds and reads port tables: the bundled catalogs from the processor's own class path, the
 * user's files from the {@code portolan.catalogPath} directories, then from the source path, the
 * class output (where Maven has already copied resources) and the class path.
 */
final class SourceLoader {
  /** A bundled catalog: its resource and format. */
  record Bundled(String resource, PortCatalog.Format format) {}

  static final Map<String, Bundled> BUNDLED = Map.of(
      PortCatalog.WELL_KNOWN, new Bundled("io/portolan/data/well-known.csv", PortCatalog.Format.PORTOLAN),
      PortCatalog.IANA, new Bundled("io/portolan/data/iana.csv", PortCatalog.Format.IANA));

  private static final StandardLocation[] LOCATIONS = {
    StandardLocation.SOURCE_PATH, StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH
  };

  private final Filer filer;
  private final List<File> catalogPath;

  SourceLoader(Filer filer, String catalogPath) {
    this.filer = filer;
    this.catalogPath = new ArrayList<>();
    if (catalogPath != null) {
      for (String directory : catalogPath.split(File.pathSeparator)) {
        if (!directory.isBlank()) {
          this.catalogPath.add(new File(directory.strip()));
        }
      }
    }
  }

  /** Returns the table {@code source} names, or null having reported why it cannot be read. */
  SourceText load(String source, Problems problems) {
    if (source.startsWith("portolan:")) {
      Bundled bundled = BUNDLED.get(source);
      if (bundled == null) {
        problems.add(Message.UNKNOWN_BUNDLED_CATALOG, "", source, BUNDLED.keySet().stream().sorted().toList());
        return null;
      }
      try (InputStream in = SourceLoader.class.getClassLoader().getResourceAsStream(bundled.resource())) {
        if (in == null) {
          problems.add(Message.SOURCE_NOT_FOUND, "", source, "the processor's class path (is portolan-data on it?)");
          return null;
        }
        return decode(source, in.readAllBytes(), problems);
      } catch (IOException e) {
        problems.add(Message.SOURCE_UNREADABLE, "", source, e.getMessage());
        return null;
      }
    }
    List<String> searched = new ArrayList<>();
    for (File directory : catalogPath) {
      File file = new File(directory, source);
      searched.add(directory.getPath());
      if (file.isFile()) {
        try {
          return decode(source, Files.readAllBytes(file.toPath()), problems);
        } catch (IOException e) {
          problems.add(Message.SOURCE_UNREADABLE, "", source, e.getMessage());
          return null;
        }
      }
    }
    for (StandardLocation location : LOCATIONS) {
      searched.add(location.getName());
      byte[] bytes = read(location, source);
      if (bytes != null) {
        return decode(source, bytes, problems);
      }
    }
    problems.add(Message.SOURCE_NOT_FOUND, "", source, String.join(", ", searched));
    return null;
  }

  /** Reads a file through the Filer, or returns null where the compiler has no such file or location. */
  private byte[] read(StandardLocation location, String path) {
    try {
      FileObject file = filer.getResource(location, "", path);
      try (InputStream in = file.openInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
      return null;
    }
  }

  /** Decodes UTF-8 strictly, dropping a byte order mark; reports the line of the first bad byte. */
  private static SourceText decode(String name, byte[] bytes, Problems problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(Message.SOURCE_UNREADABLE, name + ":" + line, name,
          String.format("byte 0x%02x at offset %d is not UTF-8", bytes[in.position()] & 0xFF, in.position()));
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
}
