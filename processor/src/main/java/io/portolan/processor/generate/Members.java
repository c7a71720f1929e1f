package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.net.URI;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The members and types that every generated class is built from. */
final class Members {
  /**
   * The runtime's support for generated code, named rather than loaded: the processor's own jar
   * needs none of it, and a method that generated code calls there stays as long as released
   * generated code calls it.
   */
  private static final String SUPPORT = "io.portolan.internal";

  /** The sets of transports, and the bit of each transport in the {@code int} that stands for a set. */
  static final ClassName TRANSPORTS = ClassName.get(SUPPORT, "Transports");

  /** The decoding of the fields of other names and RFC numbers. */
  static final ClassName SERVICE_FIELDS = ClassName.get(SUPPORT, "ServiceFields");

  /** An enum's lookups by number and by name, built on first use. */
  static final ClassName SERVICE_INDEX = ClassName.get(SUPPORT, "ServiceIndex");

  /** A table class's rows, index data and lookups, which its nested {@code Rows} class extends. */
  static final ClassName SERVICE_TABLE = ClassName.get(SUPPORT, "ServiceTable");

  private Members() {}

  /** Returns a documented {@code private final} field. */
  static FieldSpec field(TypeName type, String name, String javadoc) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL).addJavadoc("$L\n", javadoc).build();
  }

  /** Returns the {@code ServicePort} method {@code name}, which returns the field of that name. */
  static MethodSpec overridingGetter(TypeName type, String name) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
        .build();
  }

  /** Returns the documented private constructor of a class that has no instances. */
  static MethodSpec privateConstructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("Not instantiable.\n")
        .addModifiers(Modifier.PRIVATE)
        .build();
  }

  /**
   * Returns {@code references()}, which makes the links of the RFC numbers that {@code numbers},
   * an expression of the instance, gives separated by spaces.
   */
  static MethodSpec references(CodeBlock numbers) {
    return MethodSpec.methodBuilder("references")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(listOf(ClassName.get(URI.class)))
        .addStatement("return $T.rfcLinks($L)", SERVICE_FIELDS, numbers)
        .build();
  }

  /**
   * Returns {@code isDeprecated()} for a catalog with deprecated services, which tells them by
   * {@code constantName}, an expression of the instance; none for a catalog without.
   */
  static List<MethodSpec> isDeprecated(Catalog catalog, CodeBlock constantName, GeneratedSources sources) {
    List<Service> deprecated = catalog.services().stream().filter(Service::isDeprecated).toList();
    if (deprecated.isEmpty()) {
      return List.of();
    }
    CodeBlock.Builder body = CodeBlock.builder();
    if (sources.switchExpressions()) {
      // A switch expression, as Error Prone's StatementSwitchToExpressionSwitch asks where Java has them.
      body.add("return switch ($L) {\n$>case $S", constantName, deprecated.get(0).constant());
      for (Service service : deprecated.subList(1, deprecated.size())) {
        body.add(",\n$>$>$S$<$<", service.constant());
      }
      body.add(" -> true;\ndefault -> false;\n$<};\n");
    } else {
      body.beginControlFlow("switch ($L)", constantName);
      for (Service service : deprecated) {
        body.add("case $S:\n", service.constant());
      }
      body.indent().addStatement("return true").unindent()
          .add("default:\n").indent().addStatement("return false").unindent()
          .endControlFlow();
    }
    return List.of(MethodSpec.methodBuilder("isDeprecated")
        .addJavadoc("{@inheritDoc}\n\n<p>The deprecated services are the last of {@link #all()}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addCode(body.build())
        .build());
  }

  static TypeName setOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(Set.class), element);
  }

  static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }
}
