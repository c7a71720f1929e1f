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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The members and types that every generated class is built from. */
final class Members {
  /** The link of an RFC, less its number; the one the Javadoc of generated constants links to. */
  static final String RFC_LINK = "https://www.rfc-editor.org/rfc/rfc";

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
        .addStatement("return links($L)", numbers)
        .build();
  }

  /** Returns the static method that turns RFC numbers, separated by spaces, into their links. */
  static MethodSpec links() {
    return MethodSpec.methodBuilder("links")
        .addJavadoc("Returns the links to the RFCs numbered in {@code numbers}.\n\n"
            + "@param numbers RFC numbers separated by spaces, or an empty string\n"
            + "@return the links, an unmodifiable list\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(listOf(ClassName.get(URI.class)))
        .addParameter(String.class, "numbers")
        .beginControlFlow("if (numbers.isEmpty())")
        .addStatement("return $T.emptyList()", Collections.class)
        .endControlFlow()
        .addStatement("String[] rfcs = numbers.split($S, -1)", " ")
        .addStatement("$T[] links = new $T[rfcs.length]", URI.class, URI.class)
        .beginControlFlow("for (int i = 0; i < rfcs.length; i++)")
        .addStatement("links[i] = $T.create($S + rfcs[i])", URI.class, RFC_LINK)
        .endControlFlow()
        .addStatement("return $T.unmodifiableList($T.asList(links))", Collections.class, Arrays.class)
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
