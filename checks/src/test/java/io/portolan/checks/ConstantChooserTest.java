package io.portolan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portolan.Transport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalog-preference rule, step by step, on the bundled catalogs. */
class ConstantChooserTest {
  private final ConstantChooser chooser = new ConstantChooser();

  private String choose(int port, Transport transport, String... names) {
    List<String> words = new java.util.ArrayList<>();
    for (String name : names) {
      words.addAll(Words.around(name));
    }
    return describe(chooser.choose(new PortUse(port, Optional.ofNullable(transport), words, Optional.empty())));
  }

  private static String describe(Choice choice) {
    if (choice instanceof Choice.One one) {
      return one.constant().reference();
    }
    if (choice instanceof Choice.Several several) {
      return several.constants().stream().map(Choice.CatalogConstant::reference).toList().toString();
    }
    return "none";
  }

  @Test
  void wellKnownPortsTakeTheWellKnownCatalogsFirstService() {
    assertEquals("WellKnownPorts.SSH", choose(22, null));
    assertEquals("WellKnownPorts.HTTP", choose(80, null));
    assertEquals("WellKnownPorts.SYSLOG", choose(514, null));
  }

  @Test
  void theTransportFiltersTheServices() {
    assertEquals("WellKnownPorts.SYSLOG", choose(514, Transport.UDP));
    assertEquals("WellKnownPorts.RSH", choose(514, Transport.TCP));
    assertEquals("WellKnownPorts.QUIC_HTTP", choose(80, Transport.UDP, "quic"));
    assertEquals("none", choose(0, Transport.UDP));
  }

  @Test
  void theWordsAroundTheLiteralPickAmongTheServices() {
    assertEquals("DefaultPorts.KAFKA", choose(9092, null, "kafkaPort"));
    assertEquals("DefaultPorts.REDPANDA", choose(9092, null, "REDPANDA_PORT"));
    assertEquals("DefaultPorts.ELASTICSEARCH", choose(9200, null, "elasticsearchPort"));
    assertEquals("DefaultPorts.OPENSEARCH", choose(9200, null, "openSearchPort"));
    assertEquals("DefaultPorts.MINIO", choose(9000, null, "minioPort"));
    assertEquals("DefaultPorts.POSTGRESQL", choose(5432, null, "postgresPort"));
  }

  @Test
  void aProtocolsAlternatePortIsWhatDevelopersMean() {
    assertEquals("IanaPorts.HTTP_ALT", choose(8080, null));
    assertEquals("IanaPorts.HTTP_ALT", choose(8080, null, "httpPort"));
    assertEquals("DefaultPorts.HTTPS_ALT", choose(8443, null, "httpsPort"));
    assertEquals("DefaultPorts.TOMCAT", choose(8080, null, "tomcatPort"));
  }

  @Test
  void theDefaultsCatalogComesBeforeTheRegistry() {
    assertEquals("DefaultPorts.POSTGRESQL", choose(5432, null));
    assertEquals("DefaultPorts.ORACLE", choose(1521, null));
    assertEquals("DefaultPorts.RABBITMQ", choose(5672, null));
    assertEquals("DefaultPorts.MYSQL", choose(3306, null));
    assertEquals("IanaPorts.MDNS", choose(5353, null));
  }

  @Test
  void servicesThatNothingDecidesBetweenAreListed() {
    assertEquals("[DefaultPorts.KAFKA, DefaultPorts.REDPANDA]", choose(9092, null));
    assertEquals("[DefaultPorts.ELASTICSEARCH, DefaultPorts.OPENSEARCH]", choose(9200, null));
    assertEquals("[DefaultPorts.MOSQUITTO, DefaultPorts.RABBITMQ_MQTT]", choose(1883, null));
    assertEquals("none", choose(65000, null));
  }

  @Test
  void anApiMadeForOneServiceNamesOnlyThatServicesPorts() {
    assertEquals("DefaultPorts.REDIS",
        describe(chooser.choose(new PortUse(6379, Optional.empty(), List.of(), Optional.of("redis")))));
    assertEquals("DefaultPorts.REDIS_SENTINEL",
        describe(chooser.choose(new PortUse(26379, Optional.empty(), List.of(), Optional.of("redis")))));
    assertEquals("none", describe(chooser.choose(new PortUse(7000, Optional.empty(), List.of(), Optional.of("redis")))));
    assertEquals("none", describe(chooser.choose(new PortUse(0, Optional.empty(), List.of(), Optional.of("redis")))));
  }
}
