package io.portolan.benchmarks;

import io.portolan.PortCatalog;
import io.portolan.processor.Problems;
import io.portolan.processor.generate.ConstantsGenerator;
import io.portolan.processor.generate.GeneratedSources;
import io.portolan.processor.generate.TableGenerator;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.parse.IanaTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.validate.CatalogBuilder;
import io.portolan.processor.validate.CatalogRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * "IanaPorts")}, warm, ms per catalog, called as {@code PortCatalogProcessor} calls it (less the
 * Filer): {@code pipeline} is parse + validate + generate + render of both sources; the others are
 * its steps, each from the previous step's result made once in setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ProcessorBenchmark {
  static final CatalogRequest REQUEST = new CatalogRequest("com.example.net", PortCatalog.IANA,
      PortCatalog.Format.IANA, "IanaPort", "IanaPorts", PortCatalog.Shape.AUTO, List.of(), Set.of(), Set.of(),
      List.of(), List.of(), Map.of());

  private SourceText source;
  private GeneratedSources sources;
  private Table table;
  private Catalog catalog;

  @Setup
  public void setUp() {
    source = ianaSource();
    sources = generatedSources();
    table = new IanaTableReader().read(source, new Problems());
    catalog = CatalogBuilder.build(REQUEST, table, new Problems(), false);
    if (catalog == null || !catalog.table()) {
      throw new IllegalStateException("the IANA catalog did not build as a table");
    }
  }

  /** The whole pipeline: what the processor does for the registry, less writing the two files. */
  @Benchmark
  public int pipeline() {
    return run(source, sources);
  }

  /** IanaTableReader: CSV to rows. */
  @Benchmark
  public Table parse() {
    return new IanaTableReader().read(source, new Problems());
  }

  /** CatalogBuilder: rows to the merged, named catalog. */
  @Benchmark
  public Catalog validate() {
    return CatalogBuilder.build(REQUEST, table, new Problems(), false);
  }

  /** TableGenerator + render: the IanaPort source. */
  @Benchmark
  public int generateTable() {
    return GeneratedSources.render(TableGenerator.generate(catalog, sources)).length();
  }

  /** ConstantsGenerator + render: the IanaPorts source. */
  @Benchmark
  public int generateConstants() {
    return GeneratedSources.render(ConstantsGenerator.generate(catalog, sources)).length();
  }

  /** Parse, validate, generate and render both sources; returns their total length in chars. */
  static int run(SourceText source, GeneratedSources sources) {
    Problems problems = new Problems();
    Table table = new IanaTableReader().read(source, problems);
    Catalog catalog = CatalogBuilder.build(REQUEST, table, problems, false);
    if (catalog == null || problems.hasErrors()) {
      throw new IllegalStateException("the IANA catalog has errors");
    }
    return GeneratedSources.render(TableGenerator.generate(catalog, sources)).length()
        + GeneratedSources.render(ConstantsGenerator.generate(catalog, sources)).length();
  }

  /** The IANA CSV as the processor reads it: portolan-data's copy, decoded as UTF-8. */
  static SourceText ianaSource() {
    try (InputStream in = ProcessorBenchmark.class.getResourceAsStream("/io/portolan/data/iana.csv")) {
      if (in == null) {
        throw new IllegalStateException("no io/portolan/data/iana.csv on the class path");
      }
      return new SourceText(PortCatalog.IANA, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code GeneratedSources} for a Java 9+ consumer, with {@code @Generated}, as the processor makes
   * it. Its parameter is JavaPoet's {@code ClassName}, relocated inside the processor jar, so it is
   * made reflectively, whichever the name.
   */
  static GeneratedSources generatedSources() {
    try {
      Constructor<GeneratedSources> constructor = GeneratedSources.class.getConstructors().length == 1
          ? castConstructor(GeneratedSources.class.getConstructors()[0])
          : null;
      if (constructor == null) {
        throw new IllegalStateException("GeneratedSources has more than one constructor");
      }
      Class<?> className = constructor.getParameterTypes()[0];
      Object generated = className.getMethod("bestGuess", String.class)
          .invoke(null, "javax.annotation.processing.Generated");
      return constructor.newInstance(generated);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Constructor<GeneratedSources> castConstructor(Constructor<?> constructor) {
    return (Constructor<GeneratedSources>) constructor;
  }
}
