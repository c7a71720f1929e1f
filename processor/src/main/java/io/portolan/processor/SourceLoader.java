package io.portolan.processor;

import io.portolan.processor.parse.SourceText;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds and reads the user's port tables for {@link CatalogCompiler}: from the
 * {@code portolan.catalogPath} directories, then from the source path, the class output (where
 * Maven has already copied resources) and the class path.
 */
final class SourceLoader implements CatalogCompiler.TableLoader {
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

  @Override
  public byte[] load(String source, Problems problems) {
    List<String> searched = new ArrayList<>();
    for (File directory : catalogPath) {
      File file = new File(directory, source);
      searched.add(directory.getPath());
      if (file.isFile()) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
          return SourceText.readBounded(in);
        } catch (IOException e) {
          problems.add(Message.SOURCE_UNREADABLE, "", source, e.getMessage());
          return null;
        }
      }
    }
    for (StandardLocation location : LOCATIONS) {
      searched.add(location.getName());
      byte[] bytes;
      try {
        bytes = read(location, source);
      } catch (SourceText.TooLargeException e) {
        problems.add(Message.SOURCE_UNREADABLE, "", source, e.getMessage());
        return null;
      }
      if (bytes != null) {
        return bytes;
      }
    }
    problems.add(Message.SOURCE_NOT_FOUND, "", source, String.join(", ", searched));
    return null;
  }

  /**
   * Reads a file through the Filer, or returns null where the compiler has no such file or location.
   *
   * @throws SourceText.TooLargeException when the file holds more than a port table may
   */
  private byte[] read(StandardLocation location, String path) throws SourceText.TooLargeException {
    try {
      FileObject file = filer.getResource(location, "", path);
      try (InputStream in = file.openInputStream()) {
        return SourceText.readBounded(in);
      }
    } catch (SourceText.TooLargeException e) {
      throw e;
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException | IllegalStateException e) {
      return null;
    }
  }
}
