package io.portolan.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whole {@code java} processes, as a command-line tool runs: a fresh JVM that makes one first
 * lookup in the prebuilt catalogs and prints it, against the same JVM that prints a literal
 * (no lookup), alternated within each round (each round starting with the next variant), medians
 * of wall and CPU time.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.ColdStartProcesses [rounds]
 * </pre>
 *
 * <p>The program is one {@code Main.java}, compiled first with the JDK's {@code javac} against
 * {@code portolan-catalogs.jar} and {@code portolan-runtime.jar}, and run with those two jars and
 * its own directory on the class path, no other option; its argument picks what it does:
 * {@code empty} prints a literal, {@code catalogsJarOpened} the name of {@code IanaPort}'s class
 * (loading it, not initialising it: what opening the two jars and loading any one class of a
 * dependency costs), {@code ianaByNumber} {@code IanaPort.byNumber(5432)},
 * {@code ianaByServiceName} {@code IanaPort.byServiceName("postgresql")}, {@code wellKnownByNumber}
 * {@code WellKnownPort.byNumber(5432)}, {@code defaultsByNumber} {@code DefaultPort.byNumber(9092)},
 * {@code defaultsByServiceName} {@code DefaultPort.byServiceName("kafka")}. One extra round runs first and is not counted. CPU time
 * (user + system) comes from {@code /usr/bin/time} where it exists.
 */
public final class ColdStartProcesses {
  private static final List<String> VARIANTS = List.of("empty", "catalogsJarOpened", "ianaByNumber",
      "ianaByServiceName", "wellKnownByNumber", "defaultsByNumber", "defaultsByServiceName");
  private static final Path TIME = Path.of("/usr/bin/time");

  private ColdStartProcesses() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    Path lib = JavacBenchmark.lib();
    Path bin = Path.of(System.getProperty("java.home"), "bin");
    String jars = lib.resolve("portolan-catalogs.jar") + File.pathSeparator + lib.resolve("portolan-runtime.jar");
    Path work = Files.createTempDirectory("portolan-cold-processes");
    Path src = Files.createDirectories(work.resolve("src/com/example/net"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path main = src.resolve("Main.java");
    Files.writeString(main, source(), StandardCharsets.UTF_8);
    run(List.of(bin.resolve("javac").toString(), "--release", "17", "-d", classes.toString(), "-cp", jars,
        main.toString()), work, "javac");
    String classPath = classes + File.pathSeparator + jars;

    Map<String, List<Double>> wall = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    for (String variant : VARIANTS) {
      wall.put(variant, new ArrayList<>());
      cpu.put(variant, new ArrayList<>());
    }
    System.out.printf(Locale.ROOT, "java %s, %d rounds (+1 not counted), load average before: %s%n",
        Runtime.version(), rounds, JavacProcesses.loadAverage());
    boolean timed = Files.isExecutable(TIME);
    for (int round = 0; round <= rounds; round++) {
      for (int turn = 0; turn < VARIANTS.size(); turn++) {
        String variant = VARIANTS.get((round + turn) % VARIANTS.size());
        List<String> command = new ArrayList<>();
        if (timed) {
          command.addAll(List.of(TIME.toString(), "-f", "cpu %U %S"));
        }
        command.addAll(List.of(bin.resolve("java").toString(), "-cp", classPath, "com.example.net.Main", variant));
        long start = System.nanoTime();
        String output = run(command, work, variant);
        double ms = (System.nanoTime() - start) / 1e6;
        if (round == 0) {
          System.out.printf(Locale.ROOT, "%-18s prints %s%n", variant, output.lines().findFirst().orElse(""));
          continue;
        }
        wall.get(variant).add(ms);
        if (timed) {
          String[] times = output.lines().filter(line -> line.startsWith("cpu ")).reduce((a, b) -> b).orElseThrow()
              .split(" ");
          cpu.get(variant).add((Double.parseDouble(times[1]) + Double.parseDouble(times[2])) * 1000);
        }
      }
    }
    System.out.printf(Locale.ROOT, "load average after: %s%n", JavacProcesses.loadAverage());
    double baseWall = JavacProcesses.median(wall.get("empty"));
    double baseCpu = timed ? JavacProcesses.median(cpu.get("empty")) : Double.NaN;
    System.out.printf(Locale.ROOT, "%-18s %8s %8s %8s %7s %8s %8s %7s %8s%n",
        "variant", "wall ms", "min", "max", "ratio", "paired", "cpu ms", "ratio", "paired");
    for (String variant : VARIANTS) {
      List<Double> times = wall.get(variant);
      double median = JavacProcesses.median(times);
      double cpuMedian = timed ? JavacProcesses.median(cpu.get(variant)) : Double.NaN;
      System.out.printf(Locale.ROOT, "%-18s %8.0f %8.0f %8.0f %6.2fx %7.2fx %8.0f %6.2fx %7.2fx%n", variant, median,
          times.stream().min(Double::compare).orElseThrow(), times.stream().max(Double::compare).orElseThrow(),
          median / baseWall, JavacProcesses.pairedRatio(times, wall.get("empty")),
          cpuMedian, cpuMedian / baseCpu, JavacProcesses.pairedRatio(cpu.get(variant), cpu.get("empty")));
    }
    System.out.println("ratio: of the medians; paired: the median of each round's ratio to empty in the same round");
    JavacProcesses.delete(work);
  }

  /** Runs {@code command}, returning its output; throws if it fails. */
  private static String run(List<String> command, Path work, String what) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(what + " failed (exit " + exit + "): " + output);
    }
    return output;
  }

  /** The program: one first lookup, or none, picked by its argument, and its answer printed. */
  static String source() {
    return """
        package com.example.net;

        import io.portolan.catalogs.DefaultPort;
        import io.portolan.catalogs.IanaPort;
        import io.portolan.catalogs.WellKnownPort;

        public final class Main {
          public static void main(String[] args) {
            switch (args[0]) {
              case "empty" -> System.out.println("[POSTGRESQL]");
              case "catalogsJarOpened" -> System.out.println(IanaPort.class.getSimpleName());
              case "ianaByNumber" -> System.out.println(IanaPort.byNumber(5432));
              case "ianaByServiceName" -> System.out.println(IanaPort.byServiceName("postgresql"));
              case "wellKnownByNumber" -> System.out.println(WellKnownPort.byNumber(5432));
              case "defaultsByNumber" -> System.out.println(DefaultPort.byNumber(9092));
              case "defaultsByServiceName" -> System.out.println(DefaultPort.byServiceName("kafka"));
              default -> throw new IllegalArgumentException(args[0]);
            }
          }
        }
        """;
  }
}
