package io.portolan.benchmarks;

import io.portolan.processor.CatalogCompiler;
import io.portolan.processor.generate.EnumGenerator;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.PortolanTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import io.portolan.processor.validate.CatalogBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Where javac's limit on the size of a generated enum lies: the most services of a shape whose enum,
 * as {@link EnumGenerator} writes it, javac compiles. Every constant costs bytecode in the enum's
 * static initializer, which the JVM caps at 65,535 bytes; past that javac fails with "code too
 * large". {@link EnumGenerator#MAX_CONSTANTS} must stay below the limit of the costliest shape:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.EnumSizeLimits
 * </pre>
 *
 * <p>The shapes: the costliest constant the generator writes, a range (a second {@code int}) of ports
 * above 32767 (an {@code ldc} each rather than a {@code sipush}) on all four transports (one
 * {@code int} whatever their number), with long service names and descriptions (constant-pool
 * entries, no more bytecode); and the same on TCP alone with four aliases each, as many as
 * {@link EnumGenerator#MAX_ALIASES} allows with {@link EnumGenerator#MAX_CONSTANTS} services. Each
 * limit is found by bisection between {@code MAX_CONSTANTS} services, which must compile, and
 * 4,000, compiling the generator's sources with the JDK running this class ({@code -proc:none}, the
 * runtime from this class path); a compile that fails for another reason than "code too large"
 * stops the run.
 */
public final class EnumSizeLimits {
  private static final String TABLE = "limit.csv";
  private static final String HEADER = "port,transports,constant,service,aliases,status,description,references";
  /** The most services a table here has: its last port, 32768 + 8 * 4000 + 5, is still a port. */
  private static final int MOST = 4000;

  private EnumSizeLimits() {}

  public static void main(String[] args) throws IOException {
    System.out.println("javac " + System.getProperty("java.version") + " (" + System.getProperty("java.home")
        + "); EnumGenerator.MAX_CONSTANTS " + EnumGenerator.MAX_CONSTANTS + ", MAX_ALIASES " + EnumGenerator.MAX_ALIASES);
    measure("ranges above 32767, tcp udp sctp dccp, no aliases", "tcp udp sctp dccp", 0);
    measure("ranges above 32767, tcp, 4 aliases each", "tcp", 4);
  }

  /** Finds and prints the largest enum of the shape that javac compiles. */
  private static void measure(String shape, String transports, int aliases) throws IOException {
    long start = System.nanoTime();
    int compiles = EnumGenerator.MAX_CONSTANTS;
    int fails = MOST;
    if (!compilesAsEnum(compiles, transports, aliases)) {
      System.out.printf("%s: %d services do not compile: EnumGenerator.MAX_CONSTANTS is above javac's limit%n",
          shape, compiles);
      return;
    }
    while (fails - compiles > 1) {
      int middle = (compiles + fails) / 2;
      if (compilesAsEnum(middle, transports, aliases)) {
        compiles = middle;
      } else {
        fails = middle;
      }
    }
    String failing = fails == MOST ? "more were not tried" : fails + " fail with \"code too large\"";
    System.out.printf("%s: %d services compile, %s (%.0f s)%n", shape, compiles, failing,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Returns a Portolan table of {@code size} services with ranges of ports above 32767,
   * {@code transports} each, long service names and descriptions, and {@code aliases} aliases each.
   */
  static String table(int size, String transports, int aliases) {
    StringBuilder table = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < size; i++) {
      int first = 32768 + i * 8;
      List<String> names = new ArrayList<>();
      for (int a = 0; a < aliases; a++) {
        names.add("alias-" + a + "-of-service-" + i);
      }
      table.append(row(first + "-" + (first + 5), transports, "",
          "a-rather-long-service-name-to-make-the-constant-pool-work-" + i, String.join(" ", names), "official",
          ("A long description of service " + i + ", which says a lot about what it does. ").repeat(4), "RFC" + i))
          .append('\n');
    }
    return table.toString();
  }

  /** Returns one CSV record of {@code fields}, each quoted. */
  private static String row(String... fields) {
    return Stream.of(fields).map(field -> "\"" + field.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
  }

  /**
   * Compiles the enum (and constants class) that the processor's generator writes for {@code size}
   * such services, without the processor's own limit; returns false on "code too large".
   */
  static boolean compilesAsEnum(int size, String transports, int aliases) throws IOException {
    Problems problems = new Problems();
    SourceText source = new SourceText(TABLE, table(size, transports, aliases));
    Table table = new PortolanTableReader().read(source, problems);
    CatalogRequest request = CatalogRequest.builder("limit", TABLE).build();
    List<Service> services = CatalogBuilder.build(table, problems);
    if (problems.hasErrors() || services == null) {
      throw new IllegalStateException("the table has errors: " + problems.toReport());
    }
    Catalog catalog = new Catalog("limit", "LimitPort", "LimitPorts", false, TABLE, "", services);
    List<JavaFileObject> sources = new ArrayList<>();
    for (CatalogCompiler.GeneratedFile file : CatalogCompiler.generate(catalog, false)) {
      sources.add(inMemory(file.qualifiedName(), file.content()));
    }
    Path out = Files.createTempDirectory("portolan-enum-limit");
    try {
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> options = List.of("-proc:none", "-cp", System.getProperty("java.class.path"), "-d", out.toString());
      if (javac.getTask(null, null, diagnostics, options, null, sources).call()) {
        return true;
      }
      List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .collect(Collectors.toList());
      if (!errors.isEmpty() && errors.stream().allMatch(d -> "compiler.err.limit.code".equals(d.getCode()))) {
        return false;
      }
      throw new IllegalStateException(size + " services fail otherwise than with \"code too large\": " + errors.stream()
          .map(d -> d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("; ")));
    } finally {
      delete(out);
    }
  }

  private static JavaFileObject inMemory(String qualifiedName, String content) {
    URI uri = URI.create("string:///" + qualifiedName.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
    return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return content;
      }
    };
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
