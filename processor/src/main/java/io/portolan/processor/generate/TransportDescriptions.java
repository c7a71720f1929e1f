package io.portolan.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code description(Transport)} for a catalog whose services merged rows of different
 * descriptions, so that every row's text stays available at run time. A catalog without such a
 * service keeps {@code ServicePort}'s default, which returns {@code description()}.
 */
final class TransportDescriptions {
  private TransportDescriptions() {}

  /**
   * Returns the method, or nothing when every service has one description. It switches over
   * {@code "CONSTANT TRANSPORT"}: a switch expression where the consumer's Java has them (as Error
   * Prone's StatementSwitchToExpressionSwitch asks), a switch statement for Java 8.
   */
  static List<MethodSpec> method(Catalog catalog, GeneratedSources sources) {
    Map<String, String> cases = new LinkedHashMap<>();
    for (Service service : catalog.services()) {
      service.transportDescriptions().forEach((transport, text) -> {
        if (!text.equals(service.description())) {
          cases.put(service.constant() + " " + transport.name(), text);
        }
      });
    }
    if (cases.isEmpty()) {
      return List.of();
    }
    CodeBlock selector = CodeBlock.of("constantName() + $S + transport.name()", " ");
    CodeBlock.Builder body = CodeBlock.builder();
    if (sources.switchExpressions()) {
      body.add("return switch ($L) {\n$>", selector);
      cases.forEach((key, text) -> body.add("case $S -> $L;\n", key, JavaStrings.literal(text)));
      body.add("default -> description();\n$<};\n");
    } else {
      body.beginControlFlow("switch ($L)", selector);
      cases.forEach((key, text) -> body.add("case $S:\n", key)
          .addStatement("$>return $L$<", JavaStrings.literal(text)));
      body.add("default:\n").addStatement("$>return description()$<").endControlFlow();
    }
    return List.of(MethodSpec.methodBuilder("description")
        .addJavadoc("{@inheritDoc}\n\n<p>Where rows of different descriptions make up one service, such as one row a"
            + "\ntransport, this is the description of the row of {@code transport}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addParameter(Transport.class, "transport")
        .addCode(body.build())
        .build());
  }
}
