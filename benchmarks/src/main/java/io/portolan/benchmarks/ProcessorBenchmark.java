package io.portolan.benchmarks;

import io.portolan.processor.CatalogCompiler;
import io.portolan.processor.generate.ConstantsGenerator;
import io.portolan.processor.generate.GeneratedSources;
import io.portolan.processor.generate.TableGenerator;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.IanaTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import io.portolan.processor.validate.CatalogBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The processor's pipeline for {@code @PortCatalog(source = PortCatalog.IANA, constantsName =
 * "IanaPorts")}, warm, ms per catalog, called as {@code PortCatalogProcessor} calls it, through
 * {@link CatalogCompiler} (less the Filer): {@code pipeline} is decode + parse + validate + shape +
 * generate + render of both sources, the work a user's own copy of the registry still takes; the
 * others are its steps, each from the previous step's result made once in setup. {@code served} is
 * the processor's path for this request, which asks for the bundled registry with its default names: the
 * sources prerendered at Portolan's build, read from the class path.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ProcessorBenchmark {
  static final CatalogRequest REQUEST = CatalogRequest.builder("com.example.net", "portolan:iana")
      .constantsName("IanaPorts")
      .generatedAnnotation(true)
      .build();

  /** What the generators share, with {@code @Generated}, as the core makes it for a Java 9+ consumer. */
  private static final GeneratedSources SOURCES = new GeneratedSources(true, true);

  private SourceText source;
  private Table table;
  private Catalog catalog;

  @Setup
  public void setUp() {
    source = ianaSource();
    table = new IanaTableReader().read(source, new Problems());
    catalog = compile(REQUEST).catalog().orElseThrow();
    if (!catalog.table()) {
      throw new IllegalStateException("the IANA catalog did not build as a table");
    }
    if (!CatalogCompiler.compileSources(REQUEST, (path, problems) -> null).files()
        .equals(compile(REQUEST).files())) {
      throw new IllegalStateException("the served registry differs from the one the pipeline renders");
    }
  }

  /** The whole pipeline: what the processor does for the registry, less writing the two files. */
  @Benchmark
  public int pipeline() {
    return compile(REQUEST).files().stream().mapToInt(file -> file.content().length()).sum();
  }

  /**
   * The processor's path for the request: the prerendered sources, read from the class path, the
   * package put in (the same text as {@link #pipeline}'s, which setup checks).
   */
  @Benchmark
  public int served() {
    return CatalogCompiler.compileSources(REQUEST, (path, problems) -> null).files().stream()
        .mapToInt(file -> file.content().length()).sum();
  }

  /** IanaTableReader: CSV to rows. */
  @Benchmark
  public Table parse() {
    return new IanaTableReader().read(source, new Problems());
  }

  /** CatalogBuilder: rows to the merged, named services. */
  @Benchmark
  public List<Service> validate() {
    return CatalogBuilder.build(table, new Problems());
  }

  /** TableGenerator + render: the IanaPort source. */
  @Benchmark
  public int generateTable() {
    return GeneratedSources.render(TableGenerator.generate(catalog, SOURCES)).length();
  }

  /** ConstantsGenerator + render: the IanaPorts source. */
  @Benchmark
  public int generateConstants() {
    return ConstantsGenerator.render(catalog, SOURCES).length();
  }

  /** Compiles {@code request} with the core; fails on any error. */
  static CatalogCompiler.Result compile(CatalogRequest request) {
    CatalogCompiler.Result result = CatalogCompiler.compile(request, (path, problems) -> null);
    if (result.hasErrors()) {
      throw new IllegalStateException("the catalog has errors: " + result.problems());
    }
    return result;
  }

  /** The IANA CSV as the processor reads it: portolan-data's copy, decoded as UTF-8. */
  static SourceText ianaSource() {
    try (InputStream in = ProcessorBenchmark.class.getResourceAsStream("/io/portolan/data/iana.csv")) {
      if (in == null) {
        throw new IllegalStateException("no io/portolan/data/iana.csv on the class path");
      }
      return SourceText.decode("portolan:iana", in.readAllBytes(), new Problems());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
