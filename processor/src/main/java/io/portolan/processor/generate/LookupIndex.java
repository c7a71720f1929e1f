package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.portolan.Assignment;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates what both shapes of typed catalog share: the nested {@code Index} class that holds
 * the lookup tables, built the first time a lookup is made, and the lookup methods over it.
 *
 * <p>Numbers are found through an {@code int} array indexed by port number, up to the catalog's
 * highest port, that holds one plus the position of the port's list of services; names through a
 * {@code HashMap} of lower-case names, entered in the order of {@link Catalog#lookupNames()}.
 */
final class LookupIndex {
  static final String CLASS_NAME = "Index";

  private LookupIndex() {}

  /**
   * Returns the {@code Index} class.
   *
   * @param type the typed catalog
   * @param services an expression for the array or list of all services, in catalog order
   * @param constantName an expression, over {@code service}, for the service's constant name
   * @param tableNames statements that enter the table's names (service names and other names) into
   *     {@code byName}, the map being built, as {@link Catalog#lookupNames()} orders them; constant
   *     names follow where still free
   */
  static TypeSpec type(Catalog catalog, ClassName type, CodeBlock services, CodeBlock constantName, CodeBlock tableNames) {
    int maxPort = catalog.services().stream().mapToInt(Service::lastPort).max().orElse(0);
    CodeBlock init = CodeBlock.builder()
        .addStatement("$T<$T<$T>> byNumber = new $T<>()", List.class, List.class, type, ArrayList.class)
        .addStatement("int[] positions = new int[$L]", maxPort + 1)
        .addStatement("$T<$T, $T> byName = new $T<>()", Map.class, String.class, type, HashMap.class)
        .beginControlFlow("for ($T service : $L)", type, services)
        .add(skipDeprecated(catalog))
        .beginControlFlow("for (int number = service.number(); number <= service.lastNumber(); number++)")
        .beginControlFlow("if (positions[number] == 0)")
        .addStatement("byNumber.add(new $T<>(1))", ArrayList.class)
        .addStatement("positions[number] = byNumber.size()")
        .endControlFlow()
        .addStatement("byNumber.get(positions[number] - 1).add(service)")
        .endControlFlow()
        .endControlFlow()
        .add(tableNames)
        .beginControlFlow("for ($T service : $L)", type, services)
        .addStatement("byName.putIfAbsent($L.toLowerCase($T.ROOT), service)", constantName, Locale.class)
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < byNumber.size(); i++)")
        .addStatement("$T<$T> services = byNumber.get(i)", List.class, type)
        .beginControlFlow("if (services.size() == 1)")
        .addStatement("byNumber.set(i, $T.singletonList(services.get(0)))", Collections.class)
        .addStatement("continue")
        .endControlFlow()
        .addStatement("$T<$T> officialFirst = new $T<>(services.size())", List.class, type, ArrayList.class)
        .beginControlFlow("for ($T assignment : $T.values())", Assignment.class, Assignment.class)
        .beginControlFlow("for (boolean citesRfc : new boolean[] {true, false})")
        .beginControlFlow("for ($T service : services)", type)
        .beginControlFlow("if (service.assignment() == assignment && service.references().isEmpty() != citesRfc)")
        .addStatement("officialFirst.add(service)")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("byNumber.set(i, $T.unmodifiableList(officialFirst))", Collections.class)
        .endControlFlow()
        .addStatement("POSITIONS = positions")
        .addStatement("BY_NUMBER = byNumber")
        .addStatement("BY_NAME = byName")
        .build();
    return TypeSpec.classBuilder(CLASS_NAME)
        .addJavadoc("The lookup tables, built the first time a lookup is made.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(int[].class, "POSITIONS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("One plus the position in {@code BY_NUMBER} of each port's services, or 0 for none.\n")
            .build())
        .addField(FieldSpec.builder(Members.listOf(Members.listOf(type)), "BY_NUMBER", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The services of each port that has any: official before unofficial, then those that cite an\nRFC before the others, then in table order.\n")
            .build())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), type),
                "BY_NAME", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The service each lower-case name finds.\n")
            .build())
        .addStaticBlock(init)
        .addMethod(Members.privateConstructor())
        .build();
  }

  /** Returns the statement that leaves deprecated services out of the numbers, if the catalog has any. */
  private static CodeBlock skipDeprecated(Catalog catalog) {
    if (catalog.services().stream().noneMatch(Service::isDeprecated)) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder()
        .beginControlFlow("if (service.isDeprecated())")
        .addStatement("continue")
        .endControlFlow()
        .build();
  }

  /**
   * Returns {@code byNumber(int)}'s declaration and Javadoc, the same for both shapes, which add
   * the body.
   */
  static MethodSpec.Builder byNumberDeclaration(ClassName type) {
    return MethodSpec.methodBuilder("byNumber")
        .addJavadoc("Returns the services that use port {@code number}: official before unofficial, then those\nthat cite an RFC (a use the IETF standardised) before the others, then in table order.\n\n"
            + "@param number a port number\n"
            + "@return an unmodifiable list, empty when no service of this catalog uses the port\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(Members.listOf(type))
        .addParameter(int.class, "number");
  }

  /** Returns {@code byNumber(int)}. */
  static MethodSpec byNumber(ClassName type) {
    return byNumberDeclaration(type)
        .addStatement("int position = number >= 0 && number < $L.POSITIONS.length ? $L.POSITIONS[number] : 0",
            CLASS_NAME, CLASS_NAME)
        .addStatement("return position == 0 ? $T.emptyList() : $L.BY_NUMBER.get(position - 1)",
            Collections.class, CLASS_NAME)
        .build();
  }

  /**
   * Returns {@code byServiceName(String)}'s declaration, Javadoc and null check, the same for both
   * shapes, which add the rest of the body.
   */
  static MethodSpec.Builder byServiceNameDeclaration(ClassName type) {
    return MethodSpec.methodBuilder("byServiceName")
        .addJavadoc("Returns the service that {@code name} names, ignoring case: a service name such as\n"
            + "{@code \"ftp-data\"}, another name the table gives the service, or a constant name such as\n"
            + "{@code \"FTP_DATA\"}. A name the table gives several services finds the first of them in\n"
            + "table order, as the C library's {@code getservbyname} does; constant names come after the\n"
            + "table's names.\n\n"
            + "@param name the name to look up\n"
            + "@return the service, or empty when no service of this catalog has that name\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
        .addParameter(String.class, "name")
        .addStatement("$T.requireNonNull(name, $S)", Objects.class, "name");
  }

  /** Returns {@code byServiceName(String)}. */
  static MethodSpec byServiceName(ClassName type) {
    return byServiceNameDeclaration(type)
        .addStatement("return $T.ofNullable($L.BY_NAME.get(name.toLowerCase($T.ROOT)))", Optional.class, CLASS_NAME,
            Locale.class)
        .build();
  }

  /** Returns the static method that gives one piece of the catalog's provenance. */
  static MethodSpec provenance(String name, String value, String javadoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n\n@return the value\n", javadoc)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addStatement("return $L", JavaStrings.literal(value))
        .build();
  }

  /** Returns {@code catalogSource()} and {@code catalogDate()}. */
  static List<MethodSpec> provenance(Catalog catalog) {
    return List.of(
        provenance("catalogSource", catalog.source(),
            "Returns the port table this catalog was generated from, as {@code @PortCatalog(source)}\nnames it."),
        provenance("catalogDate", catalog.date(),
            "Returns the date of the port table's data, such as {@code 2026-02-25}, or an empty string\n"
                + "when the table records none."));
  }
}
