package io.portolan.processor.generate;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import javax.lang.model.element.Modifier;

/**
 * The constants class as JavaPoet writes it field by field: the reference that
 * {@link ConstantsGenerator#render}'s direct writing is checked against.
 */
public final class ConstantsReference {
  private ConstantsReference() {}

  /** Returns the source of the constants class for {@code catalog}, built with JavaPoet member by member. */
  public static JavaFile generate(Catalog catalog, GeneratedSources sources) {
    TypeSpec.Builder constants = ConstantsGenerator.classBuilder(catalog, sources);
    for (Service service : catalog.services()) {
      FieldSpec.Builder constant = FieldSpec.builder(int.class, service.constant(), Modifier.PUBLIC, Modifier.STATIC,
              Modifier.FINAL)
          .addJavadoc("$L", ConstantsGenerator.javadoc(catalog, service, catalog.typeName()))
          .initializer("$L", service.firstPort());
      if (service.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      constants.addField(constant.build());
      for (Service.OtherName other : service.otherNames()) {
        constants.addField(FieldSpec.builder(int.class, other.constant(), Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("$L", Javadocs.ofOtherName(service, other))
            .initializer("$L", service.firstPort())
            .build());
      }
    }
    constants.addMethod(Members.privateConstructor());
    return JavaFile.builder(catalog.packageName(), constants.build()).build();
  }
}
