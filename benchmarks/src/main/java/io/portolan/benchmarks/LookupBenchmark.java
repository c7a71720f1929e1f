package io.portolan.benchmarks;

import io.portolan.benchmarks.baseline.CsvPortMaps;
import io.portolan.benchmarks.baseline.ServicesTable;
import io.portolan.benchmarks.catalog.IanaPort;
import io.portolan.benchmarks.catalog.WellKnownPort;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm lookups, ns per lookup: {@code byNumber} and {@code byServiceName} on the generated
 * well-known enum and IANA table class, against a {@code HashMap} filled from the IANA CSV parsed
 * at run time, and against a front-to-back scan of {@code /etc/services}-style lines (Debian's
 * file, and the whole IANA registry as such lines). Each operation is the 16 lookups of
 * {@link Inputs}, so a score is the mean over that mix of hits and misses.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@State(Scope.Benchmark)
public class LookupBenchmark {
  private int[] ports;
  private String[] names;
  private CsvPortMaps ianaMaps;
  private ServicesTable etcServices;
  private ServicesTable ianaServices;

  @Setup
  public void setUp() {
    ports = Inputs.PORTS.clone();
    names = Inputs.NAMES.clone();
    ianaMaps = CsvPortMaps.iana();
    etcServices = ServicesTable.etcServices();
    ianaServices = ServicesTable.fromIana(ianaMaps);
    // Build the generated catalogs' lookup tables outside the measurement.
    WellKnownPort.byNumber(22);
    IanaPort.byNumber(22);
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byNumber_enumWellKnown(Blackhole bh) {
    for (int port : ports) {
      bh.consume(WellKnownPort.byNumber(port));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byNumber_tableIana(Blackhole bh) {
    for (int port : ports) {
      bh.consume(IanaPort.byNumber(port));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byNumber_hashMapIanaCsv(Blackhole bh) {
    for (int port : ports) {
      bh.consume(ianaMaps.byNumber(port));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byNumber_scanEtcServices(Blackhole bh) {
    for (int port : ports) {
      bh.consume(etcServices.byPort(port));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byNumber_scanIanaAsServices(Blackhole bh) {
    for (int port : ports) {
      bh.consume(ianaServices.byPort(port));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byServiceName_enumWellKnown(Blackhole bh) {
    for (String name : names) {
      bh.consume(WellKnownPort.byServiceName(name));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byServiceName_tableIana(Blackhole bh) {
    for (String name : names) {
      bh.consume(IanaPort.byServiceName(name));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byServiceName_hashMapIanaCsv(Blackhole bh) {
    for (String name : names) {
      bh.consume(ianaMaps.byServiceName(name));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byServiceName_scanEtcServices(Blackhole bh) {
    for (String name : names) {
      bh.consume(etcServices.byName(name));
    }
  }

  @Benchmark
  @OperationsPerInvocation(Inputs.COUNT)
  public void byServiceName_scanIanaAsServices(Blackhole bh) {
    for (String name : names) {
      bh.consume(ianaServices.byName(name));
    }
  }
}
