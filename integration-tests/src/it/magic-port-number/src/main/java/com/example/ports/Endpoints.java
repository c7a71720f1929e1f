package com.example.ports;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Prints the ports a small service talks to: the numbers must be the same before and after the rewrite. */
public final class Endpoints {
  static final int KAFKA_PORT = 9092;
  static final int RETRIES = 3;
  static final int BUFFER_SIZE = 8080;

  private final int elasticsearchPort = 9200;

  private Endpoints() {}

  /**
   * Prints each endpoint's port.
   *
   * @param args not used
   * @throws IOException if no local server socket can be opened
   * @throws URISyntaxException never: the URI is well formed
   */
  public static void main(String[] args) throws IOException, URISyntaxException {
    InetSocketAddress database = InetSocketAddress.createUnresolved("db.example.org", 5432);
    URI web = new URI("http", null, "www.example.org", 8080, "/", null, null);
    System.out.println("kafka " + KAFKA_PORT);
    System.out.println("elasticsearch " + new Endpoints().elasticsearchPort);
    System.out.println("postgresql " + database.getPort());
    System.out.println("web " + web.getPort());
    System.out.println("ssh " + sshPort());
    System.out.println("syslog " + syslog().getPort());
    System.out.println("retries " + RETRIES + ", buffer " + new byte[BUFFER_SIZE].length);
    try (ServerSocket server = new ServerSocket(0)) {
      System.out.println("any free port " + (server.getLocalPort() > 0));
    }
  }

  private static int sshPort() {
    int sshPort = 22;
    return sshPort;
  }

  private static DatagramPacket syslog() {
    byte[] message = "<14>hello".getBytes(StandardCharsets.UTF_8);
    return new DatagramPacket(message, message.length, InetAddress.getLoopbackAddress(), 514);
  }
}
