package io.portolan.processor.ecj;

import io.portolan.processor.Option;
import io.portolan.processor.PortCatalogProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Compiles sources on disk with {@link PortCatalogProcessor} through any {@link JavaCompiler}, ECJ or
 * javac, into directories of classes and generated sources.
 *
 * <p>compile-testing cannot drive ECJ here: its in-memory file manager gives generated sources
 * {@code mem:} URIs, and ECJ reads every generated source back as a {@link File} from its URI. So
 * this small harness uses each compiler's own standard file manager on temporary directories, as a
 * build would.
 */
final class DiskCompiler {
  private final JavaCompiler compiler;
  private final Path root;
  private final Path catalogPath;

  /**
   * @param compiler the compiler
   * @param root a directory for sources and outputs
   * @param catalogPath the directory given as {@code -Aportolan.catalogPath}
   */
  DiskCompiler(JavaCompiler compiler, Path root, Path catalogPath) {
    this.compiler = compiler;
    this.root = root;
    this.catalogPath = catalogPath;
  }

  /** What a compilation gave. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output,
      Path classes, Path generated) {
    /** Returns the messages of the diagnostics of {@code kind}. */
    List<String> messages(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(diagnostic -> diagnostic.getKind() == kind)
          .map(diagnostic -> diagnostic.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
    }

    /** Returns every diagnostic other than notes, as text, and anything else the compiler printed. */
    List<String> problems() {
      List<String> problems = diagnostics.stream()
          .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
          .map(diagnostic -> diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT))
          .collect(Collectors.toCollection(ArrayList::new));
      if (!output.isBlank() && problems.isEmpty()) {
        problems.add(output);
      }
      return problems;
    }

    /** Returns the text of the generated source of {@code qualifiedName}. */
    String source(String qualifiedName) {
      Path file = generated.resolve(qualifiedName.replace('.', '/') + ".java");
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError("no generated source " + qualifiedName + " (" + problems() + ")", e);
      }
    }

    /** Returns the generated sources, relative to the directory of generated sources. */
    List<Path> sources() {
      try (Stream<Path> files = Files.walk(generated)) {
        return files.filter(Files::isRegularFile).map(generated::relativize).sorted().collect(Collectors.toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Returns a class loader over the compiled classes, under the test's own. */
    ClassLoader classLoader() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, DiskCompiler.class.getClassLoader());
      } catch (MalformedURLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Compiles {@code sources}, each a qualified name and the source's text, with {@code options}
   * such as {@code --release 17}.
   */
  Result compile(List<String> options, String... sources) {
    try {
      Path run = Files.createTempDirectory(Files.createDirectories(root), "run");
      Path sourceDir = Files.createDirectories(run.resolve("src"));
      Path classes = Files.createDirectories(run.resolve("classes"));
      Path generated = Files.createDirectories(run.resolve("generated"));
      List<File> files = new ArrayList<>();
      for (int i = 0; i < sources.length; i += 2) {
        Path file = sourceDir.resolve(sources[i].replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sources[i + 1], StandardCharsets.UTF_8);
        files.add(file.toFile());
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager fileManager =
          compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        fileManager.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
        fileManager.setLocation(StandardLocation.CLASS_PATH, classPath());
        List<String> all = new ArrayList<>(options);
        all.add("-A" + Option.CATALOG_PATH.key() + "=" + catalogPath);
        StringWriter output = new StringWriter();
        JavaCompiler.CompilationTask task = compiler.getTask(output, fileManager, diagnostics, all, null,
            fileManager.getJavaFileObjectsFromFiles(files));
        task.setProcessors(List.of(new PortCatalogProcessor()));
        boolean success = task.call();
        return new Result(success, diagnostics.getDiagnostics(), output.toString(), classes, generated);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The test's class path, which ECJ does not read from surefire's manifest-only jar by itself. */
  private static List<File> classPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new)
        .collect(Collectors.toList());
  }
}
