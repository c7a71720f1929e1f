package io.portolan.benchmarks;

import io.portolan.benchmarks.baseline.CsvPortMaps;
import io.portolan.benchmarks.baseline.ServicesTable;
import io.portolan.benchmarks.catalog.IanaPort;
import io.portolan.benchmarks.catalog.WellKnownPort;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh JVM's first lookup, ms: the one call made in each fork, so it pays for loading and
 * initialising the catalog (or reading and parsing the table) and then one {@code byNumber}.
 * Nothing here touches a catalog or a table before the measured call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ColdStartBenchmark {
  /** The generated well-known enum: loads {@code WellKnownPort}, its constants and its index. */
  @Benchmark
  public List<?> enumWellKnown() {
    return WellKnownPort.byNumber(443);
  }

  /** The generated IANA table class: loads {@code IanaPort}, decodes its rows, builds its index. */
  @Benchmark
  public List<?> tableIana() {
    return IanaPort.byNumber(5432);
  }

  /**
   * The IANA table class's rows alone: {@code all()} decodes the rows into instances but does not
   * build the lookup index, so {@code tableIana} minus this is the index's share.
   */
  @Benchmark
  public List<?> tableIanaRowsOnly() {
    return IanaPort.all();
  }

  /** Parses the IANA CSV (1.1 MB) with Commons CSV into HashMaps, then looks up. */
  @Benchmark
  public List<?> parseIanaCsvToHashMap() {
    return CsvPortMaps.iana().byNumber(5432);
  }

  /** Parses the well-known CSV (the enum's own source data) with Commons CSV into HashMaps, then looks up. */
  @Benchmark
  public List<?> parseWellKnownCsvToHashMap() {
    return CsvPortMaps.wellKnown().byNumber(443);
  }

  /** Parses Debian's {@code /etc/services} into a list, then scans it. */
  @Benchmark
  public Object parseEtcServicesScan() {
    return ServicesTable.etcServices().byPort(443);
  }
}
