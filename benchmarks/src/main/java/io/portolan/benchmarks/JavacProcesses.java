package io.portolan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whole {@code javac} processes, as a command line or a build tool's forked compiler runs them, for
 * a small program with and without the prebuilt catalogs, alternated within each round (each round
 * starting with the next variant) so that every variant meets the same machine load; medians reported.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.JavacProcesses [rounds [variant,...]]
 * </pre>
 *
 * <p>Variants (one {@code Main.java}, {@code --release 17}, into a fresh directory each time):
 * {@code noPortolan} switches on literal port numbers and has no class path; {@code catalogsConstants}
 * is the same program with {@code case WellKnownPorts.SSH}, {@code case WellKnownPorts.HTTPS} and
 * {@code case IanaPorts.POSTGRESQL}, compiled against {@code portolan-catalogs.jar} and
 * {@code portolan-runtime.jar} with no processor path, as the README's quickest way sets it up;
 * {@code catalogsLookups} adds lookups at run time ({@code WellKnownPort.byNumber},
 * {@code IanaPort.byServiceName}), so javac also reads the enum and the table class;
 * {@code processorWellKnown} and {@code processorWellKnownAndIana} are {@link JavacBenchmark}'s
 * {@code wellKnown} and {@code wellKnownAndIana} consumers, {@code @PortCatalog} on the package
 * and the processor on {@code -processorpath}, as the README sets it up; {@code generatedWellKnown} and
 * {@code generatedWellKnownAndIana} compile the same consumers' {@code Main.java} with the sources that
 * processor wrote for them (made once, before the rounds, by a {@code -proc:only} run of the same
 * {@code javac}) and {@code -proc:none}: what javac pays for the generated code alone, the floor
 * of the processor variants. {@code registrySubset} asks for 20 services of the registry
 * ({@code @PortCatalog(source = PortCatalog.IANA, include = {...})}), {@code wellKnownSubset} for 12
 * of the well-known catalog, and {@code ownTable} for the user's own five-row table, found on the
 * source path; each program switches on two constants and looks services up. One extra round
 * runs first and is not counted. The JDK is the one running this class ({@code java.home}); the jars
 * are those of {@link JavacBenchmark#lib()}. Each compile is timed by wall clock, and, where
 * {@code /usr/bin/time} exists, its CPU time (user + system) too. Ratios are given two ways: of the
 * medians, and as the median of each round's ratio (less sensitive to load that drifts during the run).
 */
public final class JavacProcesses {
  private static final List<String> ALL_VARIANTS = List.of("noPortolan", "catalogsConstants", "catalogsLookups",
      "processorWellKnown", "processorWellKnownAndIana", "generatedWellKnown", "generatedWellKnownAndIana",
      "registrySubset", "wellKnownSubset", "ownTable");

  /** The registry subset's 20 services: the databases, brokers and web ports a service typically talks to. */
  private static final List<String> REGISTRY_SUBSET = List.of("ssh", "domain", "http", "https", "smtp",
      "submission", "imaps", "ldap", "ldaps", "postgresql", "mysql", "ms-sql-s", "redis", "mongodb", "amqp",
      "memcache", "http-alt", "kerberos", "ntp", "snmp");

  /** The well-known subset's 12 services. */
  private static final List<String> WELL_KNOWN_SUBSET = List.of("ssh", "domain", "http", "https", "smtp",
      "submission", "imaps", "ldap", "ldaps", "ntp", "snmp", "kerberos");

  /** The user's own five-row table, in Portolan's format, at the root of the source path. */
  private static final String OWN_TABLE = """
      port,transports,constant,service,description
      7001,tcp,ORDERS,orders,Order service API
      7002,tcp,BILLING,billing,Billing service API
      7003,tcp udp,INVENTORY,inventory,Inventory service and its announcements
      7010,tcp,ADMIN,admin,Operations console
      7011,udp,METRICS,metrics,Metrics datagrams
      """;
  private static final Path TIME = Path.of("/usr/bin/time");

  private JavacProcesses() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    // A second argument picks variants, comma-separated; noPortolan, the base of every ratio, always runs.
    List<String> variants = new ArrayList<>(List.of("noPortolan"));
    for (String variant : args.length > 1 ? List.of(args[1].split(",")) : ALL_VARIANTS) {
      if (!ALL_VARIANTS.contains(variant)) {
        throw new IllegalArgumentException("no variant " + variant + "; variants: " + ALL_VARIANTS);
      }
      if (!variants.contains(variant)) {
        variants.add(variant);
      }
    }
    Path lib = JavacBenchmark.lib();
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    String classPath = lib.resolve("portolan-catalogs.jar") + java.io.File.pathSeparator + lib.resolve("portolan-runtime.jar");
    Path work = Files.createTempDirectory("portolan-javac-processes");
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (String variant : variants) {
      Path dir = Files.createDirectories(work.resolve(variant).resolve("src/com/example/net"));
      Path main = dir.resolve("Main.java");
      if (variant.startsWith("processor")) {
        // JavacBenchmark's consumers: @PortCatalog on the package, its constants and lookups used in Main.
        String consumer = variant.endsWith("WellKnown") ? "wellKnown" : "wellKnownAndIana";
        Path packageInfo = dir.resolve("package-info.java");
        Files.writeString(packageInfo, JavacBenchmark.packageInfo(consumer), StandardCharsets.UTF_8);
        Files.writeString(main, JavacBenchmark.main(consumer), StandardCharsets.UTF_8);
        sources.put(variant, List.of(packageInfo.toString(), main.toString()));
      } else if (SUBSET_VARIANTS.contains(variant)) {
        Path packageInfo = dir.resolve("package-info.java");
        Files.writeString(packageInfo, subsetPackageInfo(variant), StandardCharsets.UTF_8);
        Files.writeString(main, subsetMain(variant), StandardCharsets.UTF_8);
        Files.writeString(work.resolve(variant).resolve("src/ports.csv"), OWN_TABLE, StandardCharsets.UTF_8);
        sources.put(variant, List.of(packageInfo.toString(), main.toString()));
      } else if (variant.startsWith("generated")) {
        String consumer = variant.endsWith("WellKnown") ? "wellKnown" : "wellKnownAndIana";
        Files.writeString(main, JavacBenchmark.main(consumer), StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>(List.of(main.toString()));
        files.addAll(generate(javac, lib, work.resolve(variant), consumer));
        sources.put(variant, files);
      } else {
        Files.writeString(main, source(variant), StandardCharsets.UTF_8);
        sources.put(variant, List.of(main.toString()));
      }
      wall.put(variant, new ArrayList<>());
      cpu.put(variant, new ArrayList<>());
    }
    System.out.printf(Locale.ROOT, "javac %s, %d rounds (+1 not counted), load average before: %s%n",
        Runtime.version(), rounds, loadAverage());
    for (int round = 0; round <= rounds; round++) {
      // Each round starts with the next variant, so that none always runs first or last.
      for (int turn = 0; turn < variants.size(); turn++) {
        String variant = variants.get((round + turn) % variants.size());
        Path out = Files.createTempDirectory(work.resolve(variant), "out");
        List<String> command = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) {
          command.addAll(List.of(TIME.toString(), "-f", "cpu %U %S"));
        }
        command.addAll(List.of(javac.toString(), "--release", "17", "-encoding", "UTF-8", "-d", out.toString()));
        if (variant.startsWith("processor")) {
          command.addAll(List.of("-processorpath", lib.resolve("portolan-processor.jar").toString(),
              "-cp", lib.resolve("portolan-runtime.jar").toString()));
        } else if (SUBSET_VARIANTS.contains(variant)) {
          // The source path is where the processor finds the user's table.
          command.addAll(List.of("-processorpath", lib.resolve("portolan-processor.jar").toString(),
              "-cp", lib.resolve("portolan-runtime.jar").toString(),
              "-sourcepath", work.resolve(variant).resolve("src").toString()));
        } else if (variant.startsWith("generated")) {
          command.addAll(List.of("-proc:none", "-cp", lib.resolve("portolan-runtime.jar").toString()));
        } else if (!variant.equals("noPortolan")) {
          command.addAll(List.of("-cp", classPath));
        }
        command.addAll(sources.get(variant));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double ms = (System.nanoTime() - start) / 1e6;
        if (exit != 0 || !Files.isRegularFile(out.resolve("com/example/net/Main.class"))) {
          throw new IllegalStateException(variant + ": javac failed (exit " + exit + "): " + output);
        }
        delete(out);
        if (round == 0) {
          continue;
        }
        wall.get(variant).add(ms);
        if (timed) {
          String[] times = output.lines().filter(line -> line.startsWith("cpu ")).reduce((a, b) -> b).orElseThrow().split(" ");
          cpu.get(variant).add((Double.parseDouble(times[1]) + Double.parseDouble(times[2])) * 1000);
        }
      }
    }
    System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
    double baseWall = median(wall.get("noPortolan"));
    double baseCpu = cpu.get("noPortolan").isEmpty() ? Double.NaN : median(cpu.get("noPortolan"));
    System.out.printf(Locale.ROOT, "%-26s %8s %8s %8s %7s %8s %8s %7s %8s%n",
        "variant", "wall ms", "min", "max", "ratio", "paired", "cpu ms", "ratio", "paired");
    for (String variant : variants) {
      List<Double> times = wall.get(variant);
      double median = median(times);
      double cpuMedian = cpu.get(variant).isEmpty() ? Double.NaN : median(cpu.get(variant));
      System.out.printf(Locale.ROOT, "%-26s %8.0f %8.0f %8.0f %6.2fx %7.2fx %8.0f %6.2fx %7.2fx%n", variant, median,
          times.stream().min(Double::compare).orElseThrow(), times.stream().max(Double::compare).orElseThrow(),
          median / baseWall, pairedRatio(times, wall.get("noPortolan")),
          cpuMedian, cpuMedian / baseCpu, pairedRatio(cpu.get(variant), cpu.get("noPortolan")));
    }
    System.out.println("ratio: of the medians; paired: the median of each round's ratio to noPortolan in the same round");
    delete(work);
  }

  /** The program: the same {@code switch} and output, with literals or with the catalogs. */
  static String source(String variant) {
    boolean catalogs = !variant.equals("noPortolan");
    boolean lookups = variant.equals("catalogsLookups");
    StringBuilder body = new StringBuilder("package com.example.net;\n\n");
    if (catalogs) {
      body.append(lookups ? "import io.portolan.catalogs.DefaultPort;\n" : "")
          .append("import io.portolan.catalogs.DefaultPorts;\n")
          .append(lookups ? "import io.portolan.catalogs.IanaPort;\n" : "")
          .append("import io.portolan.catalogs.IanaPorts;\n")
          .append(lookups ? "import io.portolan.catalogs.WellKnownPort;\n" : "")
          .append("import io.portolan.catalogs.WellKnownPorts;\n\n");
    }
    body.append("public final class Main {\n")
        .append("  public static void main(String[] args) {\n")
        .append("    int port = Integer.parseInt(args[0]);\n")
        .append("    switch (port) {\n")
        .append("      case ").append(catalogs ? "WellKnownPorts.SSH" : "22").append(": System.out.println(\"ssh\"); break;\n")
        .append("      case ").append(catalogs ? "WellKnownPorts.HTTPS" : "443").append(": System.out.println(\"https\"); break;\n")
        .append("      case ").append(catalogs ? "IanaPorts.POSTGRESQL" : "5432").append(": System.out.println(\"postgresql\"); break;\n")
        .append("      case ").append(catalogs ? "DefaultPorts.KAFKA" : "9092").append(": System.out.println(\"kafka\"); break;\n")
        .append("      default: System.out.println(\"?\");\n")
        .append("    }\n")
        .append(lookups
            ? "    System.out.println(WellKnownPort.byNumber(port) + \" \" + IanaPort.byServiceName(args[1]) + \" \""
                + " + DefaultPort.byServiceName(args[1]));\n"
            : "    System.out.println(args[1]);\n");
    return body.append("  }\n}\n").toString();
  }

  /**
   * Runs the processor once on {@code consumer}'s sources, as the processor variants do but with
   * {@code -proc:only}, into {@code dir}/generated; returns the sources it wrote.
   */
  private static List<String> generate(Path javac, Path lib, Path dir, String consumer)
      throws IOException, InterruptedException {
    Path src = Files.createDirectories(dir.resolve("consumer/com/example/net"));
    Files.writeString(src.resolve("package-info.java"), JavacBenchmark.packageInfo(consumer), StandardCharsets.UTF_8);
    Files.writeString(src.resolve("Main.java"), JavacBenchmark.main(consumer), StandardCharsets.UTF_8);
    Path generated = Files.createDirectories(dir.resolve("generated"));
    Process process = new ProcessBuilder(javac.toString(), "--release", "17", "-encoding", "UTF-8", "-proc:only",
        "-processorpath", lib.resolve("portolan-processor.jar").toString(),
        "-cp", lib.resolve("portolan-runtime.jar").toString(), "-s", generated.toString(),
        src.resolve("package-info.java").toString(), src.resolve("Main.java").toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(consumer + ": javac -proc:only failed: " + output);
    }
    try (Stream<Path> paths = Files.walk(generated)) {
      List<String> files = paths.filter(path -> path.toString().endsWith(".java")).map(Path::toString).sorted()
          .collect(Collectors.toList());
      if (files.isEmpty()) {
        throw new IllegalStateException(consumer + ": the processor wrote no source: " + output);
      }
      return files;
    }
  }

  private static final List<String> SUBSET_VARIANTS = List.of("registrySubset", "wellKnownSubset", "ownTable");

  /** The {@code @PortCatalog} of a subset variant: part of a bundled catalog, or the user's own table. */
  static String subsetPackageInfo(String variant) {
    String annotation = switch (variant) {
      case "registrySubset" -> "@PortCatalog(source = PortCatalog.IANA, typeName = \"Port\", include = "
          + quoted(REGISTRY_SUBSET) + ")";
      case "wellKnownSubset" -> "@PortCatalog(typeName = \"Port\", include = " + quoted(WELL_KNOWN_SUBSET) + ")";
      case "ownTable" -> "@PortCatalog(source = \"ports.csv\", typeName = \"Port\")";
      default -> throw new IllegalArgumentException(variant);
    };
    return annotation + "\npackage com.example.net;\n\nimport io.portolan.PortCatalog;\n";
  }

  /** The program of a subset variant: a switch on two of the subset's constants, and lookups. */
  static String subsetMain(String variant) {
    List<String> constants = variant.equals("ownTable") ? List.of("ORDERS", "BILLING") : List.of("SSH", "HTTPS");
    return "package com.example.net;\n\n"
        + "public final class Main {\n"
        + "  public static void main(String[] args) {\n"
        + "    int port = Integer.parseInt(args[0]);\n"
        + "    switch (port) {\n"
        + "      case Ports." + constants.get(0) + ": System.out.println(\"first\"); break;\n"
        + "      case Ports." + constants.get(1) + ": System.out.println(\"second\"); break;\n"
        + "      default: System.out.println(Port.byNumber(port));\n"
        + "    }\n"
        + "    System.out.println(Port.byServiceName(args[1]));\n"
        + "  }\n}\n";
  }

  private static String quoted(List<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", ", "{", "}"));
  }

  /** The median, over the rounds, of {@code values[i] / base[i]}; NaN when there are none. */
  static double pairedRatio(List<Double> values, List<Double> base) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      ratios.add(values.get(i) / base.get(i));
    }
    return median(ratios);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().collect(Collectors.toList());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static String loadAverage() throws IOException {
    Path loadavg = Path.of("/proc/loadavg");
    if (!Files.isReadable(loadavg)) {
      return "unknown";
    }
    String[] fields = Files.readString(loadavg).trim().split(" ");
    return fields[0] + " " + fields[1] + " " + fields[2];
  }

  static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    }
  }
}
