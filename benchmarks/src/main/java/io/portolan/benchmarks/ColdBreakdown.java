package io.portolan.benchmarks;

import io.portolan.benchmarks.catalog.IanaPort;
import io.portolan.benchmarks.catalog.WellKnownPort;
import java.util.Comparator;
import java.util.List;

/**
 * Where a fresh JVM's first lookup spends its time, step by step, timed with {@code System.nanoTime()}
 * (one JVM, one line; run it several times):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.ColdBreakdown iana|wellKnown [lambdaFirst]
 * </pre>
 *
 * <p>For {@code iana}: loading the {@code IanaPort$Rows} class file, linking and initialising it
 * (decoding the rows into instances), then the first {@code byNumber} (building
 * {@code IanaPort$Index}). For {@code wellKnown}: initialising
 * the enum (its constants), then the first {@code byNumber} (its {@code Index}). With
 * {@code lambdaFirst}, a method-reference {@code Comparator} is made and used first, as most
 * applications will have done by then: it shows the JVM's one-time start-up of {@code invokedynamic}
 * lambdas (some tens of ms) and whether the catalog's first use pays it.
 */
public final class ColdBreakdown {
  private ColdBreakdown() {}

  public static void main(String[] args) throws ClassNotFoundException {
    boolean lambdaFirst = args.length > 1 && args[1].equals("lambdaFirst");
    StringBuilder line = new StringBuilder(args[0]);
    long start = System.nanoTime();
    if (lambdaFirst) {
      Comparator<String> byLength = Comparator.comparing(String::length);
      int sign = byLength.compare("a", "bb");
      line.append(String.format(" lambda-bootstrap %.1f ms (%d)", ms(start), sign));
    }
    long t0 = System.nanoTime();
    List<?> found;
    switch (args[0]) {
      case "iana" -> {
        ClassLoader loader = ColdBreakdown.class.getClassLoader();
        Class.forName(IanaPort.class.getName() + "$Rows", false, loader);
        long loaded = System.nanoTime();
        Class.forName(IanaPort.class.getName() + "$Rows", true, loader);
        long t1 = System.nanoTime();
        found = IanaPort.byNumber(5432);
        line.append(String.format(" rows: load class %.1f ms + link and decode %.1f ms; index+lookup %.1f ms; total %.1f ms",
            (loaded - t0) / 1e6, (t1 - loaded) / 1e6, ms(t1), ms(t0)));
      }
      case "wellKnown" -> {
        int constants = WellKnownPort.values().length;
        long t1 = System.nanoTime();
        found = WellKnownPort.byNumber(443);
        line.append(String.format(" enum(%d) %.1f ms, index+lookup %.1f ms, total %.1f ms", constants, (t1 - t0) / 1e6,
            ms(t1), ms(t0)));
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
    System.out.println(line + " -> " + found);
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
