package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** The members and types that every generated class is built from. */
final class Members {
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

  static TypeName setOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(Set.class), element);
  }

  static TypeName listOf(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }
}
