package io.portolan.checks;

import io.portolan.Transport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The methods and constructors whose {@code int} parameters are ports although their class files do
 * not name them so: the JDK's network APIs, and a curated list of widely used libraries. Each entry
 * says which of the {@code int} parameters are ports, over which transport where the API tells it,
 * and, for a library made for one service, that service's name.
 */
final class PortApis {
  /** Which {@code int} (or {@code Integer}) parameters of a method are ports. */
  enum Select {
    /** Every one (the JDK's {@code Socket}: remote and local port). */
    EVERY_INT,
    /** The first one ({@code ServerSocket(int port, int backlog)}). */
    FIRST_INT,
    /**
     * The one right after the first {@code String} or {@code InetAddress} parameter, the host
     * ({@code DatagramPacket(byte[], int length, InetAddress, int port)}).
     */
    AFTER_HOST
  }

  /**
   * One method or constructor ({@code <init>}) of a type, and its port parameters: over which
   * transport, and for which one service, where the API tells them.
   */
  record Entry(String owner, String method, Select select, Optional<Transport> transport, Optional<String> service) {}

  /**
   * The table, one entry a line: owner, method, selector, then optionally {@code tcp} or {@code udp}
   * and the name of the one service the library is made for.
   */
  private static final String TABLE = """
      java.net.InetSocketAddress <init> every
      java.net.InetSocketAddress createUnresolved every
      java.net.Socket <init> every tcp
      java.net.ServerSocket <init> first tcp
      java.net.DatagramSocket <init> every udp
      java.net.DatagramSocket connect every udp
      java.net.MulticastSocket <init> every udp
      java.net.DatagramPacket <init> after-host udp
      java.net.DatagramPacket setPort every udp
      java.net.URI <init> every
      java.net.URL <init> every
      javax.net.SocketFactory createSocket every tcp
      javax.net.ssl.SSLSocketFactory createSocket every tcp
      javax.net.ServerSocketFactory createServerSocket first tcp
      io.netty.bootstrap.AbstractBootstrap bind first
      io.netty.bootstrap.Bootstrap connect first
      io.grpc.ServerBuilder forPort first
      io.grpc.ManagedChannelBuilder forAddress first
      io.grpc.Grpc newServerBuilderForPort first
      io.grpc.netty.NettyServerBuilder forPort first
      io.grpc.netty.NettyChannelBuilder forAddress first
      org.eclipse.jetty.server.Server <init> first
      org.eclipse.jetty.server.ServerConnector setPort first
      io.undertow.Undertow.Builder addHttpListener first
      io.vertx.core.http.HttpServer listen first
      io.vertx.core.net.NetServer listen first
      io.vertx.core.net.NetClient connect first
      org.apache.http.HttpHost <init> first
      org.apache.hc.core5.http.HttpHost <init> first
      okhttp3.mockwebserver.MockWebServer start first
      redis.clients.jedis.Jedis <init> after-host - redis
      redis.clients.jedis.JedisPool <init> after-host - redis
      redis.clients.jedis.JedisPooled <init> after-host - redis
      redis.clients.jedis.HostAndPort <init> first - redis
      io.lettuce.core.RedisURI create after-host - redis
      io.lettuce.core.RedisURI.Builder redis after-host - redis
      com.mongodb.ServerAddress <init> first - mongodb
      com.rabbitmq.client.ConnectionFactory setPort first - rabbitmq
      org.testcontainers.containers.GenericContainer withExposedPorts every
      org.testcontainers.containers.GenericContainer addExposedPort every
      org.testcontainers.containers.GenericContainer addExposedPorts every
      org.testcontainers.containers.GenericContainer addFixedExposedPort every
      org.testcontainers.containers.ContainerState getMappedPort every
      """;

  /** The entries by method name, for a quick rejection of every other call. */
  private static final Map<String, List<Entry>> BY_METHOD = parse(TABLE);

  private PortApis() {}

  private static Map<String, List<Entry>> parse(String table) {
    Map<String, List<Entry>> byMethod = new HashMap<>();
    for (String line : table.split("\n")) {
      String[] f = line.trim().split(" ");
      Select select = switch (f[2]) {
        case "every" -> Select.EVERY_INT;
        case "first" -> Select.FIRST_INT;
        case "after-host" -> Select.AFTER_HOST;
        default -> throw new IllegalStateException("no selector: " + line);
      };
      Optional<Transport> transport = f.length > 3 && !f[3].equals("-")
          ? Optional.of(Transport.ofKeyword(f[3])) : Optional.empty();
      Optional<String> service = f.length > 4 ? Optional.of(f[4]) : Optional.empty();
      byMethod.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Entry(f[0], f[1], select, transport, service));
    }
    return byMethod;
  }

  /**
   * Returns the entry under which parameter {@code index} of {@code method} is a port, if any.
   *
   * @param method the method or constructor called
   * @param index the parameter's index (the last one for the elements of varargs)
   */
  static Optional<Entry> portParameter(ExecutableElement method, int index) {
    String name = method.getKind() == ElementKind.CONSTRUCTOR ? "<init>" : method.getSimpleName().toString();
    List<Entry> entries = BY_METHOD.get(name);
    if (entries == null || !(method.getEnclosingElement() instanceof TypeElement owner)) {
      return Optional.empty();
    }
    for (Entry entry : entries) {
      boolean ownerMatches = method.getKind() == ElementKind.CONSTRUCTOR
          ? owner.getQualifiedName().contentEquals(entry.owner())
          : isOrExtends(owner, entry.owner());
      if (ownerMatches && selects(entry.select(), method.getParameters(), index)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code type} is the type named {@code name} or one of its subtypes. */
  private static boolean isOrExtends(TypeElement type, String name) {
    if (type.getQualifiedName().contentEquals(name)) {
      return true;
    }
    List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
    supertypes.add(type.getSuperclass());
    for (TypeMirror supertype : supertypes) {
      if (supertype instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement element
          && isOrExtends(element, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean selects(Select select, List<? extends VariableElement> parameters, int index) {
    if (!isInt(parameters.get(index).asType())) {
      return false;
    }
    switch (select) {
      case EVERY_INT:
        return true;
      case FIRST_INT:
        for (int i = 0; i < index; i++) {
          if (isInt(parameters.get(i).asType())) {
            return false;
          }
        }
        return true;
      case AFTER_HOST:
        for (int i = 0; i < parameters.size(); i++) {
          if (isHost(parameters.get(i).asType())) {
            return index == i + 1;
          }
        }
        return false;
      default:
        throw new AssertionError(select);
    }
  }

  /** Whether a parameter of this type takes an {@code int} port: {@code int}, {@code Integer}, or varargs of them. */
  static boolean isInt(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isInt(((ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.INT || isNamed(type, "java.lang.Integer");
  }

  private static boolean isHost(TypeMirror type) {
    return isNamed(type, "java.lang.String") || isNamed(type, "java.net.InetAddress");
  }

  private static boolean isNamed(TypeMirror type, String name) {
    if (type instanceof DeclaredType declared) {
      Element element = declared.asElement();
      return element instanceof TypeElement typeElement && typeElement.getQualifiedName().contentEquals(name);
    }
    return false;
  }
}
