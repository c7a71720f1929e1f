package io.portolan.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.Optional;

/**
 * What every generated source shares: the {@code @Generated} annotation and the string literals the
 * consumer's platform offers, and the rendering to plain-ASCII text.
 */
public final class GeneratedSources {
  /** The name {@code @Generated} records as the generator. */
  public static final String GENERATOR = "io.portolan.processor.PortCatalogProcessor";

  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final boolean generatedAnnotation;
  private final boolean textBlocks;

  /**
   * @param generatedAnnotation whether the consumer can see {@code javax.annotation.processing.Generated}
   *     (Java 9 and later, in a module that reads {@code java.compiler}), which the sources then carry
   * @param textBlocks whether the consumer compiles for Java 15 or later, where text made of lines
   *     is written as text blocks rather than as literals joined by {@code +}
   */
  public GeneratedSources(boolean generatedAnnotation, boolean textBlocks) {
    this.generatedAnnotation = generatedAnnotation;
    this.textBlocks = textBlocks;
  }

  /**
   * Tells whether the sources may use switch expressions: the consumer compiles for Java 15 or
   * later, as for text blocks (switch expressions came in Java 14).
   */
  boolean switchExpressions() {
    return textBlocks;
  }

  /**
   * Returns {@code text}, made of lines, as a Java expression: a text block when the consumer's
   * Java has them, otherwise one string literal a line, joined by {@code +}. Text that no text block
   * holds without a javac warning ({@link JavaStrings#fitsTextBlock}) is one literal there, as Error
   * Prone's {@code StringConcatToTextBlock} check asks of literals joined line by line.
   */
  String lines(String text) {
    if (!textBlocks) {
      return JavaStrings.lines(text);
    }
    return JavaStrings.fitsTextBlock(text) ? JavaStrings.textBlock(text) : JavaStrings.literal(text);
  }

  Optional<AnnotationSpec> generatedAnnotation() {
    return generatedAnnotation
        ? Optional.of(AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build())
        : Optional.empty();
  }

  /**
   * Returns the text of {@code file}, with every character outside printable ASCII written as a
   * Unicode escape. Table text reaches string literals already escaped for Java and Javadoc already
   * escaped for HTML, so each such character is a plain one, and the source reads the same in any
   * encoding the consumer compiles with.
   */
  public static String render(JavaFile file) {
    return ascii(file.toString());
  }

  /** Returns {@code text} with every character outside printable ASCII written as a Unicode escape. */
  public static String ascii(CharSequence text) {
    StringBuilder ascii = new StringBuilder(text.length() + 64);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7E) {
        ascii.append(String.format("\\u%04x", (int) c));
      } else {
        ascii.append(c);
      }
    }
    return ascii.toString();
  }
}
