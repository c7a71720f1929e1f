package io.portolan.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void splitsCamelCaseConstantsAndHostNames() {
    assertEquals(List.of("elasticsearch", "elasticsearchport"), Words.around("elasticsearchPort"));
    assertEquals(List.of("kafka", "kafkabroker", "broker", "brokerport"), Words.around("KAFKA_BROKER_PORT"));
    assertEquals(List.of("kafka", "kafkainternal"), Words.around("kafka.internal"));
    assertEquals(List.of("http", "httpserver", "serverport"), Words.around("HTTPServerPort"));
  }

  @Test
  void joinsNeighboursSoThatSplitNamesMatch() {
    assertTrue(Words.around("openSearchPort").contains("opensearch"));
    assertTrue(Words.around("mongoDbPort").contains("mongodb"));
  }

  @Test
  void dropsWordsThatNameNoService() {
    assertEquals(List.of("serverport"), Words.around("serverPort"));
    assertEquals(List.of(), Words.around("port"));
  }

  @Test
  void aLongWordMatchesTheNameItBegins() {
    assertTrue(Words.matches("postgres", "postgresql"));
    assertTrue(Words.matches("mongo", "mongodb"));
    assertTrue(Words.matches("kafka", "kafka"));
    assertFalse(Words.matches("http", "https"));
    assertFalse(Words.matches("redis", "red"));
  }
}
