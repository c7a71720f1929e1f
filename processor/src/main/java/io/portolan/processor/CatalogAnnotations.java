package io.portolan.processor;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.problem.Message;
import io.portolan.processor.request.CatalogRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @PortCatalog} from its annotation mirror, by the names of its values and with
 * their defaults, as MapStruct and Immutables read theirs: the processor never loads the
 * annotation's class. Knows which of the values each problem should point at.
 */
final class CatalogAnnotations {
  static final String CATALOG = "io.portolan.PortCatalog";
  static final String CATALOGS = "io.portolan.PortCatalog.List";

  private final Elements elements;
  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<String, AnnotationValue> values = new LinkedHashMap<>();

  CatalogAnnotations(Elements elements, Element element, AnnotationMirror mirror) {
    this.elements = elements;
    this.element = element;
    this.mirror = mirror;
    elements.getElementValuesWithDefaults(mirror)
        .forEach((method, value) -> values.put(method.getSimpleName().toString(), value));
  }

  /** Returns the {@code @PortCatalog} mirrors on {@code element}, repeated ones included, in order. */
  static List<AnnotationMirror> catalogsOn(Element element) {
    List<AnnotationMirror> catalogs = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      if (type.equals(CATALOG)) {
        catalogs.add(mirror);
      } else if (type.equals(CATALOGS)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
            : mirror.getElementValues().entrySet()) {
          for (Object value : (List<?>) entry.getValue().getValue()) {
            catalogs.add((AnnotationMirror) ((AnnotationValue) value).getValue());
          }
        }
      }
    }
    return catalogs;
  }

  /** Returns the annotation value a problem is about, so that the compiler can point at it. */
  AnnotationValue valueFor(Message message) {
    String name = switch (message) {
      case BAD_PORT_FILTER -> "ports";
      case BAD_RENAME -> "rename";
      case ENUM_TOO_LARGE, TABLE_SHAPE_CHOSEN -> "shape";
      case BAD_TYPE_NAME, SAME_TYPE_NAMES, DUPLICATE_TYPE, RESERVED_TYPE_NAME, TYPE_NAME_IS_CONSTANT, TYPE_NAME_TOO_LONG,
          TYPE_EXISTS -> "typeName";
      case UNKNOWN_FILTER_NAME, EMPTY_CATALOG, CATALOG_TOO_LARGE, INTERNAL_ERROR -> null;
      default -> "source";
    };
    return name == null || !isExplicit(name) ? null : values.get(name);
  }

  private boolean isExplicit(String name) {
    return mirror.getElementValues().keySet().stream().anyMatch(method -> method.getSimpleName().contentEquals(name));
  }

  /** Returns the request the annotation makes, its values unchecked. */
  CatalogRequest toRequest(boolean generatedAnnotation, boolean textBlocks) {
    CatalogRequest.Builder request = CatalogRequest.builder(packageName(), string("source"))
        .format(TableFormat.valueOf(enumName(values.get("format"))))
        .typeName(string("typeName"))
        .constantsName(string("constantsName"))
        .shape(CatalogRequest.Shape.valueOf(enumName(values.get("shape"))))
        .ports(strings("ports"))
        .transports(enums(Transport.class, "transports", Transport::valueOf))
        .assignments(enums(Assignment.class, "assignments", Assignment::valueOf))
        .include(strings("include"))
        .exclude(strings("exclude"))
        .generatedAnnotation(generatedAnnotation)
        .textBlocks(textBlocks);
    for (AnnotationValue value : list("rename")) {
      Map<String, String> fields = new LinkedHashMap<>();
      elements.getElementValuesWithDefaults((AnnotationMirror) value.getValue()).forEach((method, field) ->
          fields.put(method.getSimpleName().toString(), (String) field.getValue()));
      request.rename(fields.get("service"), fields.get("constant"));
    }
    return request.build();
  }

  private String packageName() {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  private String string(String name) {
    return (String) values.get(name).getValue();
  }

  private List<? extends AnnotationValue> list(String name) {
    @SuppressWarnings("unchecked") // an array-valued annotation element's value is a list of values
    List<? extends AnnotationValue> list = (List<? extends AnnotationValue>) values.get(name).getValue();
    return list;
  }

  private List<String> strings(String name) {
    List<String> strings = new ArrayList<>();
    for (AnnotationValue value : list(name)) {
      strings.add((String) value.getValue());
    }
    return strings;
  }

  private <E extends Enum<E>> Set<E> enums(Class<E> type, String name, Function<String, E> byName) {
    Set<E> set = EnumSet.noneOf(type);
    for (AnnotationValue value : list(name)) {
      set.add(byName.apply(enumName(value)));
    }
    return set;
  }

  /** Returns the name of the enum constant an annotation value holds. */
  private static String enumName(AnnotationValue value) {
    return ((VariableElement) value.getValue()).getSimpleName().toString();
  }
}
