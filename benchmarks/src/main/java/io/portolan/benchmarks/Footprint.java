package io.portolan.benchmarks;

import io.portolan.benchmarks.baseline.CsvPortMaps;
import io.portolan.benchmarks.catalog.IanaPort;
import io.portolan.benchmarks.catalog.WellKnownPort;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.openjdk.jol.info.GraphLayout;

/**
 * Footprint: the runtime jar's size, each generated class file's size, and the heap the loaded
 * catalogs retain.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.Footprint
 *     jar and class file sizes, and heap retained measured with JOL (GraphLayout over the
 *     catalog's static state, read reflectively from its nested Rows and Index classes)
 * java -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar io.portolan.benchmarks.Footprint heap WHAT
 *     the cross-check: used heap after System.gc() before and after loading WHAT
 *     (iana, wellKnown or hashMapIanaCsv) in this fresh JVM
 * </pre>
 */
public final class Footprint {
  private static final String GENERATED_PACKAGE = "io/portolan/benchmarks/catalog/";

  private Footprint() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("heap")) {
      heapDelta(args[1]);
      return;
    }
    if (args.length != 0) {
      System.err.println("usage: Footprint | Footprint heap iana|wellKnown|hashMapIanaCsv");
      System.exit(2);
    }
    jars();
    classFiles();
    retained();
  }

  private static void jars() throws IOException {
    Path lib = JavacBenchmark.lib();
    System.out.println("## Jars (" + lib + ")");
    for (String jar : List.of("portolan-runtime.jar", "portolan-processor.jar")) {
      Path path = lib.resolve(jar);
      int classes = 0;
      try (ZipFile zip = new ZipFile(path.toFile())) {
        classes = (int) zip.stream().filter(entry -> entry.getName().endsWith(".class")).count();
      }
      long size = Files.size(path);
      System.out.printf("%-24s %,10d bytes (%.1f KiB), %d class files%n", jar, size, size / 1024.0, classes);
    }
    System.out.println();
  }

  private static void classFiles() throws IOException, URISyntaxException {
    Path codeSource = Path.of(Footprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    System.out.println("## Generated class files (" + codeSource.getFileName() + ", " + GENERATED_PACKAGE + ")");
    Map<String, long[]> sizes = new LinkedHashMap<>();
    if (Files.isDirectory(codeSource)) {
      try (Stream<Path> files = Files.list(codeSource.resolve(GENERATED_PACKAGE))) {
        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
          if (file.toString().endsWith(".class")) {
            sizes.put(file.getFileName().toString(), new long[] {Files.size(file), -1});
          }
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(codeSource.toFile())) {
        List<ZipEntry> entries = new ArrayList<>();
        zip.stream().filter(entry -> entry.getName().startsWith(GENERATED_PACKAGE) && entry.getName().endsWith(".class"))
            .forEach(entries::add);
        entries.sort(Comparator.comparing(ZipEntry::getName));
        for (ZipEntry entry : entries) {
          sizes.put(entry.getName().substring(GENERATED_PACKAGE.length()),
              new long[] {entry.getSize(), entry.getCompressedSize()});
        }
      }
    }
    long total = 0;
    long totalCompressed = 0;
    System.out.printf("%-32s %12s %12s%n", "class file", "bytes", "in jar");
    for (Map.Entry<String, long[]> entry : sizes.entrySet()) {
      long[] size = entry.getValue();
      System.out.printf("%-32s %,12d %,12d%n", entry.getKey(), size[0], size[1]);
      total += size[0];
      totalCompressed += size[1];
    }
    System.out.printf("%-32s %,12d %,12d%n%n", "total", total, totalCompressed);
  }

  private static void retained() throws ReflectiveOperationException {
    System.out.println("## Heap retained (JOL GraphLayout.parseInstance over the static state, deduplicated)");
    // The table class reads rows and builds its tables as lookups need them: read them all.
    IanaPort.byNumber(22);
    IanaPort.byServiceName("ssh");
    IanaPort.all();
    WellKnownPort.byNumber(22);
    report("IanaPort", staticRoots(IanaPort.class));
    report("WellKnownPort", staticRoots(WellKnownPort.class));
    CsvPortMaps maps = CsvPortMaps.iana();
    Map<String, Object> baseline = new LinkedHashMap<>();
    baseline.put("byNumber HashMap", maps.maps()[0]);
    baseline.put("byName HashMap", maps.maps()[1]);
    report("HashMaps from the IANA CSV (baseline)", baseline);
  }

  /** The values of the static fields of {@code type} and of its nested classes, by field. */
  static Map<String, Object> staticRoots(Class<?> type) throws ReflectiveOperationException {
    Map<String, Object> roots = new LinkedHashMap<>();
    List<Class<?>> classes = new ArrayList<>();
    classes.add(type);
    for (int i = 0; i < classes.size(); i++) {
      classes.addAll(List.of(classes.get(i).getDeclaredClasses()));
    }
    for (Class<?> owner : classes) {
      for (Field field : owner.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
          field.setAccessible(true);
          String name = owner.getSimpleName() + "." + field.getName();
          if (field.isEnumConstant()) {
            name = owner.getSimpleName() + ".<enum constants>";
            roots.merge(name, new ArrayList<>(List.of(field.get(null))), (a, b) -> {
              @SuppressWarnings("unchecked") List<Object> list = (List<Object>) a;
              list.addAll((List<?>) b);
              return list;
            });
          } else {
            roots.put(name, field.get(null));
          }
        }
      }
    }
    return roots;
  }

  private static void report(String what, Map<String, Object> roots) {
    GraphLayout all = GraphLayout.parseInstance(roots.values().stream().map(Footprint::unwrap).toArray());
    System.out.printf("### %s: %,d bytes (%.2f MiB) in %,d objects%n", what, all.totalSize(),
        all.totalSize() / (1024.0 * 1024.0), all.totalCount());
    GraphLayout seen = null;
    for (Map.Entry<String, Object> root : roots.entrySet()) {
      GraphLayout layout = GraphLayout.parseInstance(unwrap(root.getValue()));
      GraphLayout added = seen == null ? layout : layout.subtract(seen);
      System.out.printf("  %-36s %,12d bytes (%,d new after the roots above)%n", root.getKey(), layout.totalSize(),
          added.totalSize());
      seen = seen == null ? layout : seen.add(layout);
    }
    long metadata = all.getClasses().stream().filter(Footprint::isMetadata).mapToLong(all.getClassSizes()::count).sum();
    if (metadata > 0) {
      System.out.printf("  of which %,d bytes are java.lang.Class mirrors and what JOL reaches through them (reflection"
          + " caches, its own ClassValue), not the catalog's data%n", metadata);
    }
    System.out.println("  largest classes:");
    all.getClassSizes().keys().stream()
        .sorted(Comparator.comparingLong(type -> -all.getClassSizes().count(type)))
        .limit(8)
        .forEach(type -> System.out.printf("    %-44s %,12d bytes %,8d objects%n", type.getName(),
            all.getClassSizes().count(type), all.getClassCounts().count(type)));
    System.out.println();
  }

  private static boolean isMetadata(Class<?> type) {
    String name = type.getName();
    return type == Class.class || type == Module.class || ClassLoader.class.isAssignableFrom(type)
        || name.startsWith("java.lang.Class$") || name.startsWith("java.lang.ClassValue")
        || name.startsWith("java.lang.reflect.") || name.startsWith("[Ljava.lang.reflect.")
        || name.startsWith("java.lang.ref.") || name.startsWith("java.util.WeakHashMap")
        || name.startsWith("[Ljava.util.WeakHashMap") || name.startsWith("[Ljava.lang.ClassValue")
        || name.startsWith("org.openjdk.jol.");
  }

  /** An enum-constant list is measured as its elements, not as the helper list. */
  private static Object unwrap(Object root) {
    return root instanceof ArrayList<?> list ? list.toArray() : root;
  }

  private static void heapDelta(String what) {
    long before = usedAfterGc();
    Object keep;
    switch (what) {
      case "iana" -> keep = IanaPort.byNumber(22);
      case "wellKnown" -> keep = WellKnownPort.byNumber(22);
      case "hashMapIanaCsv" -> keep = CsvPortMaps.iana();
      default -> throw new IllegalArgumentException(what);
    }
    long after = usedAfterGc();
    System.out.printf("%s: used heap after System.gc() %,d -> %,d bytes: %,d bytes (%.2f MiB) retained (%s)%n", what,
        before, after, after - before, (after - before) / (1024.0 * 1024.0), keep.getClass().getSimpleName());
  }

  /**
   * Used heap after full collections, once two readings in a row agree within 1 KiB: the first
   * reading after start-up is some MiB too high (start-up garbage that only a later collection
   * frees), so a single {@code System.gc()} would make the difference meaningless.
   */
  private static long usedAfterGc() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 20; i++) {
      System.gc();
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < 1024) {
        return used;
      }
      previous = used;
    }
    throw new IllegalStateException("used heap did not settle after 20 collections");
  }
}
