package io.portolan.processor.generate;

import com.palantir.javapoet.MethodSpec;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code description(Transport)} for a catalog whose services merged rows of different
 * descriptions, so that every row's text stays available at run time. A catalog without such a
 * service keeps {@code ServicePort}'s default, which returns {@code description()}.
 */
final class TransportDescriptions {
  private TransportDescriptions() {}

  /** Returns the method, or nothing when every service has one description. */
  static List<MethodSpec> method(Catalog catalog) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("description")
        .addJavadoc("{@inheritDoc}\n\n<p>Where rows of different descriptions make up one service, such as one row a"
            + "\ntransport, this is the description of the row of {@code transport}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(Transport.class, "transport")
        .beginControlFlow("switch (constantName() + $S + transport.name())", " ");
    boolean any = false;
    for (Service service : catalog.services()) {
      for (var entry : service.transportDescriptions().entrySet()) {
        if (!entry.getValue().equals(service.description())) {
          method.addCode("case $S:\n", service.constant() + " " + entry.getKey().name())
              .addStatement("$>return $L$<", JavaStrings.literal(entry.getValue()));
          any = true;
        }
      }
    }
    method.addCode("default:\n").addStatement("$>return description()$<").endControlFlow();
    return any ? List.of(method.build()) : List.of();
  }
}
