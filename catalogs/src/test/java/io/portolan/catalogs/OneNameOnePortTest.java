package io.portolan.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.ServicePort;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The names of all three bundled catalogs, prebuilt: a constant means one port in every catalog that
 * has it, and every constant finds its service by its own name.
 */
class OneNameOnePortTest {
  /** Each catalog's constants class and typed catalog. */
  private static final Map<Class<?>, Class<?>> CATALOGS = new LinkedHashMap<>();

  static {
    CATALOGS.put(WellKnownPorts.class, WellKnownPort.class);
    CATALOGS.put(IanaPorts.class, IanaPort.class);
    CATALOGS.put(DefaultPorts.class, DefaultPort.class);
  }

  @Test
  void aConstantMeansOnePortInEveryCatalog() throws IllegalAccessException {
    Map<String, TreeSet<String>> ports = new TreeMap<>();
    for (Class<?> constants : CATALOGS.keySet()) {
      for (Field field : constants(constants)) {
        ports.computeIfAbsent(field.getName(), name -> new TreeSet<>())
            .add(Integer.toString(field.getInt(null)));
      }
    }
    Map<String, TreeSet<String>> twoPorts = new TreeMap<>();
    ports.forEach((name, numbers) -> {
      if (numbers.size() > 1) {
        twoPorts.put(name, numbers);
      }
    });
    assertEquals(Map.of(), twoPorts);
    assertEquals(1521, DefaultPorts.ORACLE, "ORACLE is the Oracle Database listener");
    assertEquals(2005, IanaPorts.ORACLE_2005, "IANA's oracle keeps its port in the _<port> form");
    assertEquals(8443, DefaultPorts.HTTPS_ALT);
  }

  @Test
  void everyConstantFindsItsServiceByItsOwnName() throws ReflectiveOperationException {
    List<String> notFound = new ArrayList<>();
    for (Map.Entry<Class<?>, Class<?>> catalog : CATALOGS.entrySet()) {
      Method byServiceName = catalog.getValue().getMethod("byServiceName", String.class);
      for (Field field : constants(catalog.getKey())) {
        Optional<?> found = (Optional<?>) byServiceName.invoke(null, field.getName());
        ServicePort service = (ServicePort) found.orElse(null);
        // A service name spelled like the constant wins, as IANA's slp (1605) does over SLP (427).
        boolean right = service != null && (service.number() == field.getInt(null)
            || service.serviceName().equalsIgnoreCase(field.getName()));
        if (!right) {
          notFound.add(catalog.getKey().getSimpleName() + "." + field.getName()
              + (service == null ? " finds nothing" : " finds " + service.constantName()));
        }
      }
    }
    assertEquals(List.of(), notFound);
  }

  @Test
  void theSoftwareDevelopersRunHasItsNames() {
    assertEquals(9092, DefaultPorts.KAFKA);
    assertEquals(9200, DefaultPorts.ELASTICSEARCH);
    assertEquals(5432, DefaultPorts.POSTGRESQL);
    assertEquals(Optional.of(DefaultPort.KAFKA), DefaultPort.byServiceName("kafka"));
    assertTrue(DefaultPort.byNumber(9000).size() > 1, "several products share 9000");
    assertEquals(io.portolan.Assignment.OFFICIAL, DefaultPort.POSTGRESQL.assignment(), "IANA assigns 5432 to postgresql");
    assertEquals(io.portolan.Assignment.UNOFFICIAL, DefaultPort.KAFKA.assignment(), "IANA assigns 9092 to XmlIpcRegSvc");
  }

  private static List<Field> constants(Class<?> constants) {
    List<Field> fields = new ArrayList<>();
    for (Field field : constants.getFields()) {
      if (field.getType() == int.class && Modifier.isStatic(field.getModifiers())) {
        fields.add(field);
      }
    }
    return fields;
  }
}
