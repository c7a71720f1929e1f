package io.portolan.processor;

import io.portolan.ServicePort;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A generated typed catalog (enum or table class), loaded, with its static methods called by reflection. */
final class LoadedCatalog {
  private static final Class<?>[] NO_TYPES = {};

  private final Class<?> type;

  LoadedCatalog(ClassLoader loader, String qualifiedName) {
    try {
      this.type = Class.forName(qualifiedName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("generated catalog not compiled: " + qualifiedName, e);
    }
  }

  Class<?> type() {
    return type;
  }

  /** Returns the catalog's services in order: {@code all()}, which both shapes have. */
  @SuppressWarnings("unchecked") // all() returns List<ThisType>
  List<ServicePort> values() {
    return (List<ServicePort>) invoke("all", NO_TYPES);
  }

  /** Returns an enum's {@code values()}. */
  List<ServicePort> enumValues() {
    return Arrays.stream((Object[]) invoke("values", NO_TYPES)).map(ServicePort.class::cast).toList();
  }

  /** Returns the service whose constant is {@code constant}. */
  ServicePort constant(String constant) {
    return values().stream()
        .filter(service -> name(service).equals(constant))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no constant " + constant));
  }

  @SuppressWarnings("unchecked") // byNumber returns List<ThisEnum>, whose elements are ServicePorts
  List<ServicePort> byNumber(int number) {
    return (List<ServicePort>) invoke("byNumber", new Class<?>[] {int.class}, number);
  }

  @SuppressWarnings("unchecked") // byServiceName returns Optional<ThisEnum>
  Optional<ServicePort> byServiceName(String name) {
    return (Optional<ServicePort>) invoke("byServiceName", new Class<?>[] {String.class}, name);
  }

  String catalogSource() {
    return (String) invoke("catalogSource", NO_TYPES);
  }

  String catalogDate() {
    return (String) invoke("catalogDate", NO_TYPES);
  }

  /** Returns the constant name of {@code service}. */
  static String name(ServicePort service) {
    return service.constantName();
  }

  /** Returns the names of {@code services}' constants, in order. */
  static List<String> names(List<ServicePort> services) {
    return services.stream().map(LoadedCatalog::name).toList();
  }

  private Object invoke(String method, Class<?>[] types, Object... arguments) {
    try {
      return type.getMethod(method, types).invoke(null, arguments);
    } catch (InvocationTargetException e) {
      throw new AssertionError(type.getSimpleName() + "." + method + " threw", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getSimpleName() + " has no method " + method, e);
    }
  }
}
