package io.portolan.processor;

import io.portolan.Assignment;
import io.portolan.PortCatalog;
import io.portolan.Transport;
import io.portolan.processor.validate.CatalogRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @PortCatalog} from its annotation mirror, with defaults, and knows which of its
 * values each problem should point at.
 */
final class CatalogAnnotations {
  private static final Pattern PORT_FILTER = Pattern.compile("\\s*(\\d{1,5})\\s*(?:-\\s*(\\d{1,5})\\s*)?");
  private static final String CATALOG = PortCatalog.class.getCanonicalName();
  private static final String CATALOGS = PortCatalog.List.class.getCanonicalName();

  /**
   * Simple names the generated code refers to unqualified: its nested classes and the
   * {@code java.lang} types it uses. A generated type of such a name would shadow them.
   */
  static final Set<String> RESERVED_TYPE_NAMES = Set.of("Index", "Rows", "String", "Integer", "Object", "Override",
      "StringBuilder", "Enum", "Class");

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
      case ENUM_TOO_LARGE -> "shape";
      case BAD_TYPE_NAME, SAME_TYPE_NAMES, DUPLICATE_TYPE, RESERVED_TYPE_NAME -> "enumName";
      case UNKNOWN_FILTER_NAME, EMPTY_CATALOG, CATALOG_TOO_LARGE, INTERNAL_ERROR -> null;
      default -> "source";
    };
    return name == null || !isExplicit(name) ? null : values.get(name);
  }

  private boolean isExplicit(String name) {
    return mirror.getElementValues().keySet().stream().anyMatch(method -> method.getSimpleName().contentEquals(name));
  }

  /** Returns the request, or null having reported why the annotation's values are unusable. */
  CatalogRequest toRequest(Problems problems) {
    String source = string("source");
    String enumName = string("enumName");
    if (enumName.isEmpty()) {
      enumName = defaultEnumName(source);
    }
    String constantsName = string("constantsName");
    if (constantsName.isEmpty()) {
      constantsName = enumName + "s";
    }
    checkTypeName("enumName", enumName, problems);
    checkTypeName("constantsName", constantsName, problems);
    for (String attribute : List.of("enumName", "constantsName")) {
      String name = attribute.equals("enumName") ? enumName : constantsName;
      if (RESERVED_TYPE_NAMES.contains(name)) {
        problems.add(Message.RESERVED_TYPE_NAME, "", attribute, name);
      }
    }
    if (enumName.equals(constantsName)) {
      problems.add(Message.SAME_TYPE_NAMES, "", enumName);
    }

    List<int[]> ports = new ArrayList<>();
    for (String filter : strings("ports")) {
      Matcher matcher = PORT_FILTER.matcher(filter);
      int first = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
      int last = matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : first;
      if (first < 0 || last > 65535 || last < first) {
        problems.add(Message.BAD_PORT_FILTER, "", filter);
      } else {
        ports.add(new int[] {first, last});
      }
    }
    Map<String, String> renames = new LinkedHashMap<>();
    for (AnnotationValue value : list("rename")) {
      AnnotationMirror rename = (AnnotationMirror) value.getValue();
      Map<String, String> fields = new LinkedHashMap<>();
      rename.getElementValues().forEach((method, field) ->
          fields.put(method.getSimpleName().toString(), (String) field.getValue()));
      if (renames.put(fields.get("service"), fields.get("constant")) != null) {
        problems.add(Message.BAD_RENAME, "", fields.get("service"), "the service is renamed twice");
      }
    }
    if (problems.hasErrors()) {
      return null;
    }
    return new CatalogRequest(packageName(), source, enumConstant(PortCatalog.Format.class, values.get("format")),
        enumName, constantsName, enumConstant(PortCatalog.Shape.class, values.get("shape")), ports,
        enums(Transport.class, "transports"), enums(Assignment.class, "assignments"), strings("include"),
        strings("exclude"), renames);
  }

  private String packageName() {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  private void checkTypeName(String attribute, String name, Problems problems) {
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name) || name.contains("$")) {
      problems.add(Message.BAD_TYPE_NAME, "", attribute, name);
    }
  }

  /**
   * The default typed catalog name: {@code WellKnownPort} and {@code IanaPort} for the bundled
   * catalogs; for a file, its base name in upper camel case, singular, ending in {@code Port}.
   */
  static String defaultEnumName(String source) {
    if (source.equals(PortCatalog.WELL_KNOWN)) {
      return "WellKnownPort";
    }
    if (source.equals(PortCatalog.IANA)) {
      return "IanaPort";
    }
    String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = base.indexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    StringBuilder camel = new StringBuilder();
    for (String word : base.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        camel.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    String name = camel.toString();
    if (name.endsWith("Ports")) {
      name = name.substring(0, name.length() - 1);
    } else if (!name.endsWith("Port")) {
      name = name + "Port";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "Port" + name;
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

  private <E extends Enum<E>> Set<E> enums(Class<E> type, String name) {
    Set<E> set = EnumSet.noneOf(type);
    for (AnnotationValue value : list(name)) {
      set.add(enumConstant(type, value));
    }
    return set;
  }

  private static <E extends Enum<E>> E enumConstant(Class<E> type, AnnotationValue value) {
    return Enum.valueOf(type, ((VariableElement) value.getValue()).getSimpleName().toString());
  }
}
