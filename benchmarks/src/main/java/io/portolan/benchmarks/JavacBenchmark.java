package io.portolan.benchmarks;

import io.portolan.PortCatalog;
import io.portolan.processor.CatalogCompiler;
import io.portolan.processor.request.CatalogRequest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * javac's total time, ms, for a small consumer compiled the way the README's plain-javac setup
 * does: {@code javac --release 17 -processorpath portolan-processor.jar -cp portolan-runtime.jar},
 * through {@link ToolProvider#getSystemJavaCompiler()}, into a fresh directory each time. The
 * consumer is a {@code package-info.java} and a {@code Main.java} that uses what it generates:
 * {@code plain} has no {@code @PortCatalog} (the processor is on the path and finds nothing),
 * {@code wellKnown} has the default catalog, {@code wellKnownAndIana} adds the whole registry.
 * {@code wellKnownAndIanaPregenerated} is {@code wellKnownAndIana} with the four sources the
 * processor would generate already written (by its generators, in setup) and compiled with
 * {@code -proc:none}: javac's own share of the registry's cost, without the processor's.
 * {@code prebuiltCatalogs} is a {@code Main.java} alone that uses {@code portolan-catalogs} (its
 * constants as {@code case} labels and its lookups), compiled with that jar and the runtime on the
 * class path and no processor path; {@code noPortolan} is the same program with literal port
 * numbers and no class path ({@link JavacProcesses#source(String)}, {@code catalogsLookups} and
 * {@code noPortolan}). {@link JavacProcesses} times these as whole {@code javac} processes.
 *
 * <p>The default is one compile in each of 5 fresh JVMs (cold, as a command-line javac); the
 * README also runs it warm ({@code -f 1 -wi 5 -i 5}), as in a build tool's long-lived JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
@State(Scope.Benchmark)
public class JavacBenchmark {
  @Param({"plain", "wellKnown", "wellKnownAndIana", "wellKnownAndIanaPregenerated", "noPortolan", "prebuiltCatalogs"})
  public String consumer;

  private Path work;
  private List<File> sourceFiles;
  private List<String> options;

  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    Path lib = lib();
    work = Files.createTempDirectory("portolan-javac-bench");
    Path pkg = Files.createDirectories(work.resolve("src/com/example/net"));
    Path out = Files.createDirectories(work.resolve("out"));
    Path main = pkg.resolve("Main.java");
    options = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-d", out.toString()));
    if (consumer.equals("noPortolan") || consumer.equals("prebuiltCatalogs")) {
      boolean catalogs = consumer.equals("prebuiltCatalogs");
      Files.writeString(main, JavacProcesses.source(catalogs ? "catalogsLookups" : "noPortolan"), StandardCharsets.UTF_8);
      sourceFiles = List.of(main.toFile());
      // Always a class path: without one, javac in this JVM would take this JVM's (the benchmarks jar).
      String classPath = catalogs
          ? lib.resolve("portolan-catalogs.jar") + File.pathSeparator + lib.resolve("portolan-runtime.jar")
          : Files.createDirectories(work.resolve("empty")).toString();
      options.addAll(List.of("-cp", classPath));
      return;
    }
    Path packageInfo = pkg.resolve("package-info.java");
    Files.writeString(packageInfo, packageInfo(consumer), StandardCharsets.UTF_8);
    Files.writeString(main, main(consumer), StandardCharsets.UTF_8);
    List<File> files = new ArrayList<>(List.of(packageInfo.toFile(), main.toFile()));
    List<String> processing = List.of("-processorpath", lib.resolve("portolan-processor.jar").toString());
    if (consumer.equals("wellKnownAndIanaPregenerated")) {
      for (Map.Entry<String, String> source : pregenerated().entrySet()) {
        Path file = pkg.resolve(source.getKey() + ".java");
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        files.add(file.toFile());
      }
      processing = List.of("-proc:none");
    }
    sourceFiles = files;
    options.addAll(processing);
    options.addAll(List.of("-cp", lib.resolve("portolan-runtime.jar").toString()));
  }

  /**
   * The sources the processor generates for {@code wellKnownAndIana}, by simple name, made by its
   * own pipeline classes as {@code PortCatalogProcessor} calls them.
   */
  static Map<String, String> pregenerated() {
    Map<String, String> files = new LinkedHashMap<>();
    CatalogRequest wellKnown = CatalogRequest.builder("com.example.net", "portolan:well-known")
        .generatedAnnotation(true)
        .build();
    for (CatalogRequest request : List.of(wellKnown, ProcessorBenchmark.REQUEST)) {
      for (CatalogCompiler.GeneratedFile file : ProcessorBenchmark.compile(request).files()) {
        files.put(file.qualifiedName().substring(file.qualifiedName().lastIndexOf('.') + 1), file.content());
      }
    }
    return files;
  }

  @TearDown(Level.Iteration)
  public void tearDown() throws IOException {
    try (Stream<Path> paths = Files.walk(work)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }

  /** One javac run; returns how many class files it wrote. */
  @Benchmark
  public int compile() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sourceFiles))
          .call();
      if (!ok) {
        throw new IllegalStateException("javac failed: " + diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("; ")));
      }
    }
    try (Stream<Path> paths = Files.walk(work.resolve("out"))) {
      return (int) paths.filter(path -> path.toString().endsWith(".class")).count();
    }
  }

  /**
   * The directory with the processor, runtime and catalogs jars that the build copies next to the
   * benchmarks jar ({@code target/lib}), or the one {@code -Dportolan.bench.lib} names.
   */
  static Path lib() {
    String property = System.getProperty("portolan.bench.lib");
    Path lib;
    if (property != null) {
      lib = Path.of(property);
    } else {
      try {
        Path codeSource = Path.of(JavacBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        lib = codeSource.getParent().resolve("lib");
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    for (String jar : List.of("portolan-processor.jar", "portolan-runtime.jar", "portolan-catalogs.jar")) {
      if (!Files.isRegularFile(lib.resolve(jar))) {
        throw new UncheckedIOException(new IOException("no " + jar + " in " + lib + ": build with mvn package first"));
      }
    }
    return lib;
  }

  static String packageInfo(String consumer) {
    String annotations = switch (consumer) {
      case "plain" -> "";
      case "wellKnown" -> "@PortCatalog\n";
      case "wellKnownAndIana", "wellKnownAndIanaPregenerated" -> "@PortCatalog\n@PortCatalog(source = PortCatalog.IANA, constantsName = \"IanaPorts\")\n";
      default -> throw new IllegalArgumentException(consumer);
    };
    return annotations + "package com.example.net;\n\n" + (annotations.isEmpty() ? "" : "import io.portolan.PortCatalog;\n");
  }

  static String main(String consumer) {
    StringBuilder body = new StringBuilder();
    body.append("package com.example.net;\n\n")
        .append("public final class Main {\n")
        .append("  public static void main(String[] args) {\n")
        .append("    int port = Integer.parseInt(args[0]);\n");
    switch (consumer) {
      case "plain" -> body
          .append("    switch (port) {\n")
          .append("      case 22: System.out.println(\"ssh\"); break;\n")
          .append("      case 443: System.out.println(\"https\"); break;\n")
          .append("      default: System.out.println(\"?\");\n")
          .append("    }\n");
      case "wellKnown", "wellKnownAndIana", "wellKnownAndIanaPregenerated" -> {
        body.append("    switch (port) {\n")
            .append("      case WellKnownPorts.SSH: System.out.println(\"ssh\"); break;\n")
            .append("      case WellKnownPorts.HTTPS: System.out.println(\"https\"); break;\n");
        if (consumer.startsWith("wellKnownAndIana")) {
          body.append("      case IanaPorts.POSTGRESQL: System.out.println(\"postgresql\"); break;\n");
        }
        body.append("      default: System.out.println(WellKnownPort.byNumber(port));\n")
            .append("    }\n")
            .append("    System.out.println(WellKnownPort.byServiceName(args[1]));\n");
        if (consumer.startsWith("wellKnownAndIana")) {
          body.append("    System.out.println(IanaPort.byNumber(port) + \" \" + IanaPort.byServiceName(args[1]));\n");
        }
      }
      default -> throw new IllegalArgumentException(consumer);
    }
    return body.append("  }\n}\n").toString();
  }
}
