package io.portolan.benchmarks;

import io.portolan.benchmarks.baseline.CsvPortMaps;
import io.portolan.benchmarks.baseline.ServicesTable;
import io.portolan.benchmarks.catalog.IanaPort;
import io.portolan.benchmarks.catalog.WellKnownPort;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Prints what each implementation in {@link LookupBenchmark} answers for each of the {@link Inputs},
 * so that the scores can be read knowing which lookups hit and which missed:
 * {@code java -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.Sanity}.
 */
public final class Sanity {
  private Sanity() {}

  public static void main(String[] args) {
    CsvPortMaps iana = CsvPortMaps.iana();
    ServicesTable etc = ServicesTable.etcServices();
    ServicesTable ianaLines = ServicesTable.fromIana(iana);
    System.out.printf("IanaPort: %d services; HashMap baseline: %d rows; /etc/services: %d lines; IANA as lines: %d%n%n",
        IanaPort.all().size(), iana.entries().size(), etc.size(), ianaLines.size());
    String[] columns = {"enumWellKnown", "tableIana", "hashMapIanaCsv", "scanEtcServices", "scanIanaAsServices"};
    System.out.println(header("port", 8, columns));
    List<IntFunction<Object>> byNumber = List.of(WellKnownPort::byNumber, IanaPort::byNumber, iana::byNumber,
        etc::byPort, ianaLines::byPort);
    int[] hits = new int[columns.length];
    for (int port : Inputs.PORTS) {
      StringBuilder line = new StringBuilder(String.format("%-8d", port));
      for (int i = 0; i < byNumber.size(); i++) {
        String shown = show(byNumber.get(i).apply(port));
        hits[i] += shown.equals("-") ? 0 : 1;
        line.append(String.format(" %-22s", shown));
      }
      System.out.println(line);
    }
    System.out.printf("%-8s", "hits");
    for (int hit : hits) {
      System.out.printf(" %-22s", hit + "/" + Inputs.COUNT);
    }
    System.out.println();
    System.out.println();
    System.out.println(header("name", 16, columns));
    List<Function<String, Object>> byName = List.of(WellKnownPort::byServiceName, IanaPort::byServiceName,
        iana::byServiceName, etc::byName, ianaLines::byName);
    hits = new int[columns.length];
    for (String name : Inputs.NAMES) {
      StringBuilder line = new StringBuilder(String.format("%-16s", name));
      for (int i = 0; i < byName.size(); i++) {
        String shown = show(byName.get(i).apply(name));
        hits[i] += shown.equals("-") ? 0 : 1;
        line.append(String.format(" %-22s", shown));
      }
      System.out.println(line);
    }
    System.out.printf("%-16s", "hits");
    for (int hit : hits) {
      System.out.printf(" %-22s", hit + "/" + Inputs.COUNT);
    }
    System.out.println();
  }

  private static String header(String first, int width, String[] columns) {
    StringBuilder header = new StringBuilder(String.format("%-" + width + "s", first));
    for (String column : columns) {
      header.append(String.format(" %-22s", column));
    }
    return header.toString();
  }

  private static String show(Object result) {
    if (result == null || result.equals(Optional.empty()) || result.equals(List.of())) {
      return "-";
    }
    if (result instanceof Optional<?> optional) {
      return show(optional.get());
    }
    if (result instanceof List<?> list) {
      return list.size() + ": " + show(list.get(0));
    }
    if (result instanceof CsvPortMaps.Entry entry) {
      return entry.name() + "/" + entry.protocol() + "@" + entry.first();
    }
    if (result instanceof ServicesTable.Line line) {
      return line.name() + "/" + line.protocol() + "@" + line.port();
    }
    String text = result.toString();
    return text.length() > 20 ? text.substring(0, 20) : text;
  }
}
