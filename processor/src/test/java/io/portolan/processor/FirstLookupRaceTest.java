package io.portolan.processor;

import static io.portolan.processor.Compilations.assertSucceeded;
import static io.portolan.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.Compilation;
import io.portolan.PortCatalog;
import io.portolan.ServicePort;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.problem.Message;
import io.portolan.processor.request.CatalogRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The table class reads its index and rows lazily, the first time a lookup needs them. Threads that
 * race on a fresh class loader's first lookups must all get the right answers and the same
 * instances (services, and the {@code Optional} of each service that {@code byServiceName}
 * returns): the whole registry compiled once, then loaded afresh for each of many rounds in which
 * threads, released together, look up ports and names (in lower, upper and mixed case) in
 * different orders (one of them listing {@code all()} first), every answer checked against the
 * validated model.
 */
class FirstLookupRaceTest {
  private static final int ROUNDS = 30;
  private static final int THREADS = 8;
  private static final int PROBES = 600;

  @Test
  void racingFirstLookupsAllGetTheRightAnswers(@TempDir Path tables) throws Exception {
    Compilation compilation = Compilations.compile(tables,
        packageInfo("test.race", "@PortCatalog(source = PortCatalog.IANA)"));
    assertSucceeded(compilation, Message.TABLE_SHAPE_CHOSEN);
    Catalog catalog = CatalogCompiler.compile(CatalogRequest.builder("test.race", PortCatalog.IANA).build(),
        (path, problems) -> null).catalog().orElseThrow();

    Map<Integer, List<String>> byNumber = new TreeMap<>();
    catalog.byNumber().forEach((port, services) -> byNumber.put(port, services.stream().map(Service::constant).toList()));
    Map<String, String> byName = new TreeMap<>();
    catalog.lookupNames().forEach((name, service) -> byName.put(name, service.constant()));
    List<Integer> ports = new ArrayList<>(byNumber.keySet());
    List<String> names = new ArrayList<>(byName.keySet());

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      Random random = new Random(11);
      for (int round = 0; round < ROUNDS; round++) {
        LoadedCatalog iana = new LoadedCatalog(Compilations.classLoader(compilation), "test.race.IanaPort");
        List<Object> probes = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
          probes.add(ports.get(random.nextInt(ports.size())));
          String name = names.get(random.nextInt(names.size()));
          probes.add(switch (random.nextInt(3)) {
            case 0 -> name;
            case 1 -> name.toUpperCase(java.util.Locale.ROOT);
            default -> mixedCase(name, random);
          });
        }
        probes.addAll(List.of(-1, 65_536, 0, "no-such-service", ""));
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Map<Object, Object>>> answers = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
          List<Object> order = new ArrayList<>(probes);
          Collections.shuffle(order, new Random(round * 31L + thread));
          boolean allFirst = thread == 0;
          answers.add(threads.submit(() -> {
            start.await();
            Map<Object, Object> answered = new java.util.HashMap<>();
            if (allFirst) {
              answered.put("all()", iana.values());
            }
            for (Object probe : order) {
              answered.put(probe, probe instanceof Integer port ? iana.byNumber(port) : iana.byServiceName((String) probe));
            }
            return answered;
          }));
        }
        List<ServicePort> all = iana.values();
        assertEquals(catalog.services().stream().map(Service::constant).toList(), LoadedCatalog.names(all));
        Map<String, ServicePort> instances = new java.util.HashMap<>();
        all.forEach(service -> instances.put(service.constantName(), service));
        Map<String, Optional<ServicePort>> optionals = new java.util.HashMap<>();
        for (Future<Map<Object, Object>> future : answers) {
          for (Map.Entry<Object, Object> answer : future.get().entrySet()) {
            Object probe = answer.getKey();
            if (probe.equals("all()")) {
              assertEquals(all, answer.getValue());
              continue;
            }
            if (probe instanceof Integer port) {
              @SuppressWarnings("unchecked") // byNumber's list
              List<ServicePort> found = (List<ServicePort>) answer.getValue();
              assertEquals(byNumber.getOrDefault(port, List.of()), LoadedCatalog.names(found), "port " + port);
              found.forEach(service -> assertSame(instances.get(service.constantName()), service, "one instance"));
            } else {
              @SuppressWarnings("unchecked") // byServiceName's optional
              Optional<ServicePort> found = (Optional<ServicePort>) answer.getValue();
              String key = ((String) probe).toLowerCase(java.util.Locale.ROOT);
              assertEquals(Optional.ofNullable(byName.get(key)), found.map(LoadedCatalog::name), "name " + probe);
              found.ifPresent(service -> assertSame(instances.get(service.constantName()), service, "one instance"));
              found.ifPresent(service -> assertSame(
                  optionals.computeIfAbsent(service.constantName(), constant -> found), found, "one Optional a service"));
            }
          }
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Returns {@code name} with each character upper-cased or not at random. */
  private static String mixedCase(String name, Random random) {
    StringBuilder mixed = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return mixed.toString();
  }
}
