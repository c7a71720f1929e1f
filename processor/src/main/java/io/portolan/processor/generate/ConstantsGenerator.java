package io.portolan.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import javax.lang.model.element.Modifier;

/**
 * Generates the class of compile-time {@code int} constants: one {@code public static final int}
 * a service, usable in {@code switch} labels and annotation values.
 */
public final class ConstantsGenerator {
  /**
   * The most services a catalog holds. Each {@code int} constant takes at least two entries of its
   * class's constant pool (its name and its value), which has 65,535; the rest is left for names
   * the class needs anyway. The whole IANA registry has about 6,300.
   */
  public static final int MAX_CONSTANTS = 30_000;

  private ConstantsGenerator() {}

  /**
   * The name of the one field the skeleton that {@link #render} has JavaPoet write stands for all the
   * constants: a valid identifier that no constant name has (they have no {@code $}).
   */
  private static final String FIELDS_PLACEHOLDER = "$portolanConstants";

  /**
   * Returns the rendered source of the constants class for {@code catalog}: JavaPoet writes the
   * class around one placeholder field, and the constants, thousands of them for the registry, are
   * written here directly, laid out as JavaPoet lays out a documented field, rather than through
   * JavaPoet's per-line code writer. A test checks the text against JavaPoet writing every field.
   */
  public static String render(Catalog catalog, GeneratedSources sources) {
    // Annotated like a deprecated constant when there is one, so that the skeleton imports what it needs.
    boolean deprecated = catalog.services().stream().anyMatch(Service::isDeprecated);
    FieldSpec.Builder placeholderField = FieldSpec.builder(int.class, FIELDS_PLACEHOLDER, Modifier.PUBLIC,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("0");
    if (deprecated) {
      placeholderField.addAnnotation(Deprecated.class);
    }
    String skeleton = GeneratedSources.render(JavaFile.builder(catalog.packageName(),
        classBuilder(catalog, sources)
            .addField(placeholderField.build())
            .addMethod(Members.privateConstructor())
            .build())
        .build());
    String placeholder = (deprecated ? "  @Deprecated\n" : "") + "  public static final int " + FIELDS_PLACEHOLDER
        + " = 0;\n";
    int at = skeleton.indexOf(placeholder);
    if (at < 0 || skeleton.indexOf(placeholder, at + 1) >= 0) {
      throw new IllegalStateException("the skeleton of " + catalog.constantsName() + " has no single placeholder");
    }
    StringBuilder fields = new StringBuilder(catalog.services().size() * 400);
    String typed = catalog.typeName();
    for (Service service : catalog.services()) {
      if (fields.length() > 0) {
        fields.append('\n');
      }
      appendJavadoc(fields, javadoc(catalog, service, typed));
      fields.append(service.isDeprecated() ? "  @Deprecated\n" : "")
          .append("  public static final int ").append(service.constant()).append(" = ")
          .append(service.firstPort()).append(";\n");
      for (Service.OtherName other : service.otherNames()) {
        fields.append('\n');
        appendJavadoc(fields, Javadocs.ofOtherName(service, other));
        fields.append("  public static final int ").append(other.constant()).append(" = ")
            .append(service.firstPort()).append(";\n");
      }
    }
    return skeleton.substring(0, at) + GeneratedSources.ascii(fields) + skeleton.substring(at + placeholder.length());
  }

  /** Appends {@code javadoc} as a field's doc comment, as JavaPoet writes it. */
  private static void appendJavadoc(StringBuilder fields, String javadoc) {
    fields.append("  /**\n");
    int start = 0;
    while (start < javadoc.length()) {
      int end = javadoc.indexOf('\n', start);
      if (end < 0) {
        end = javadoc.length();
      }
      fields.append(end == start ? "   *" : "   * ").append(javadoc, start, end).append('\n');
      start = end + 1;
    }
    fields.append("   */\n");
  }

  /** Returns the Javadoc of {@code service}'s constant. */
  static String javadoc(Catalog catalog, Service service, String typed) {
    return Javadocs.deprecated(catalog.table()
        ? Javadocs.of(service)
        : Javadocs.of(service) + (service.rfcs().isEmpty() ? "\n" : "") + "@see " + typed + "#" + service.constant() + "\n",
        service, catalog);
  }

  /** Returns the constants class without its members. */
  static TypeSpec.Builder classBuilder(Catalog catalog, GeneratedSources sources) {
    TypeSpec.Builder constants = TypeSpec.classBuilder(catalog.constantsName())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", Javadocs.wrap("The port numbers of the port catalog <code>" + Javadocs.escape(catalog.source())
            + "</code> as compile-time constants, for {@code switch} labels and annotation values.\n\n"
            + "<p>{@link " + catalog.typeName() + "} has the same services with their data and lookups. For a"
            + " service with a range of ports, the constant is the first port of the range.\n\n"
            + "<p>Generated by Portolan from {@code @PortCatalog}; do not edit.\n"));
    sources.generatedAnnotation().ifPresent(constants::addAnnotation);
    return constants;
  }
}
