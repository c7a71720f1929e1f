package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.portolan.processor.model.Catalog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Generates what both shapes of typed catalog share: the declarations of the lookup methods, and
 * the methods that give the catalog's provenance. An enum's lookups call the runtime's
 * {@code io.portolan.internal.ServiceIndex}; a table class's, {@code io.portolan.internal.ServiceTable}.
 */
final class LookupIndex {
  private LookupIndex() {}

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
