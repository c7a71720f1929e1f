package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed catalog as an enum that implements {@link ServicePort}: one constant a
 * service, with its data as constructor arguments, and the lookups of {@link LookupIndex}.
 */
public final class EnumGenerator {
  /**
   * The most services a generated enum holds. Each constant costs bytecode in the enum's static
   * initializer, which the JVM caps at 64 KiB: up to 59 bytes for the costliest constant this
   * generator writes (a range and four transports), with which {@code EnumSizeLimitTest} measured
   * 1,112 to compile and 1,113 to fail.
   */
  public static final int MAX_CONSTANTS = 1000;

  /**
   * The most other names (aliases) a generated enum holds: each is entered into its lookup index
   * by a statement of about 13 bytes of the index's static initializer, also capped at 64 KiB.
   */
  public static final int MAX_ALIASES = 4000;

  private static final ClassName TRANSPORT = ClassName.get(Transport.class);
  private static final ClassName ASSIGNMENT = ClassName.get(Assignment.class);
  private static final TypeName STRING = ClassName.get(String.class);

  private final Catalog catalog;
  private final ClassName type;
  private final boolean ranges;

  private EnumGenerator(Catalog catalog) {
    this.catalog = catalog;
    this.type = ClassName.get(catalog.packageName(), catalog.typeName());
    this.ranges = catalog.services().stream().anyMatch(Service::isRange);
  }

  /** Returns the number of other names of {@code services}, which {@link #MAX_ALIASES} caps. */
  public static int aliases(List<Service> services) {
    return services.stream().mapToInt(service -> service.aliases().size()).sum();
  }

  /** Tells whether {@code services} fit in one generated enum. */
  public static boolean fits(List<Service> services) {
    return services.size() <= MAX_CONSTANTS && aliases(services) <= MAX_ALIASES;
  }

  /** Returns the source of the enum for {@code catalog}. */
  public static JavaFile generate(Catalog catalog, GeneratedSources sources) {
    return new EnumGenerator(catalog).file(sources);
  }

  private JavaFile file(GeneratedSources sources) {
    TypeSpec.Builder enumType = TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(ServicePort.class)
        .addJavadoc("$L", Javadocs.wrap(typeJavadoc()));
    sources.generatedAnnotation().ifPresent(enumType::addAnnotation);
    for (Service service : catalog.services()) {
      enumType.addEnumConstant(service.constant(), TypeSpec.anonymousClassBuilder(constantArguments(service))
          .addJavadoc("$L", Javadocs.of(service))
          .build());
    }
    enumType.addField(Members.field(TypeName.INT, "number", "The port, or the first port of the range."));
    if (ranges) {
      enumType.addField(Members.field(TypeName.INT, "lastNumber", "The port again, or the last port of the range."));
    }
    enumType.addField(Members.field(STRING, "serviceName", "The service name."))
        .addField(Members.field(ASSIGNMENT, "assignment", "Whether IANA registers this use of the port."))
        .addField(Members.field(STRING, "description", "The table's description, unchanged."))
        .addField(Members.field(Members.setOf(TRANSPORT), "transports", "The transports, unmodifiable."))
        .addMethod(constructor())
        .addMethod(Members.overridingGetter(TypeName.INT, "number"))
        .addMethods(ranges ? List.of(Members.overridingGetter(TypeName.INT, "lastNumber")) : List.of())
        .addMethod(Members.overridingGetter(STRING, "serviceName"))
        .addMethod(Members.overridingGetter(Members.setOf(TRANSPORT), "transports"))
        .addMethod(Members.overridingGetter(STRING, "description"))
        .addMethod(Members.overridingGetter(ASSIGNMENT, "assignment"))
        .addMethod(LookupIndex.byNumber(type))
        .addMethod(LookupIndex.byServiceName(type))
        .addMethods(LookupIndex.provenance(catalog))
        .addType(index());
    return JavaFile.builder(catalog.packageName(), enumType.build()).skipJavaLangImports(true).build();
  }

  private String typeJavadoc() {
    return "The services of the port catalog <code>" + Javadocs.escape(catalog.source()) + "</code>"
        + (catalog.date().isEmpty() ? "" : " (data of " + Javadocs.escape(catalog.date()) + ")")
        + ", one constant a service.\n\n"
        + "<p>{@link #byNumber(int)} and {@link #byServiceName(String)} look services up; {@link "
        + catalog.constantsName() + "} has the same ports as compile-time constants, for {@code switch} labels"
        + " and annotation values.\n\n"
        + "<p>Generated by Portolan from {@code @PortCatalog}; do not edit.\n";
  }

  private CodeBlock constantArguments(Service service) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("$L", service.firstPort());
    if (ranges) {
      arguments.add(", $L", service.lastPort());
    }
    arguments.add(", $L, $T.$L, $L", JavaStrings.literal(service.effectiveServiceName()), ASSIGNMENT,
        service.assignment().name(), JavaStrings.literal(service.description()));
    for (Transport transport : service.transports()) {
      arguments.add(", $T.$L", TRANSPORT, transport.name());
    }
    return arguments.build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("Creates a constant.\n\n@param number the port, or the first port of the range\n"
            + (ranges ? "@param lastNumber the port again, or the last port of the range\n" : "")
            + "@param serviceName the service name\n"
            + "@param assignment whether IANA registers this use of the port\n"
            + "@param description the table's description\n"
            + "@param transports the transports\n")
        .addParameter(int.class, "number");
    if (ranges) {
      constructor.addParameter(int.class, "lastNumber");
    }
    constructor.addParameter(STRING, "serviceName")
        .addParameter(ASSIGNMENT, "assignment")
        .addParameter(STRING, "description")
        .addParameter(Transport[].class, "transports")
        .varargs()
        .addStatement("this.number = number");
    if (ranges) {
      constructor.addStatement("this.lastNumber = lastNumber");
    }
    return constructor.addStatement("this.serviceName = serviceName")
        .addStatement("this.assignment = assignment")
        .addStatement("this.description = description")
        .addStatement("this.transports = transports.length == 0\n? $T.<$T>emptySet()\n: $T.unmodifiableSet($T.copyOf($T.asList(transports)))",
            Collections.class, TRANSPORT, Collections.class, EnumSet.class, Arrays.class)
        .build();
  }

  /**
   * The enum's {@code Index}: over {@code values()}. Service names are entered in declaration
   * order, which is table order; the other names, and any service name an earlier service's other
   * name has taken, are entered one by one, so that the result is {@link Catalog#lookupNames()}.
   */
  private TypeSpec index() {
    CodeBlock.Builder names = CodeBlock.builder()
        .beginControlFlow("for ($T service : values())", type)
        .addStatement("byName.putIfAbsent(service.serviceName.toLowerCase($T.ROOT), service)", Locale.class)
        .endControlFlow();
    Map<String, Service> byServiceName = new HashMap<>();
    for (Service service : catalog.services()) {
      byServiceName.putIfAbsent(Catalog.key(service.effectiveServiceName()), service);
    }
    catalog.lookupNames().forEach((name, service) -> {
      Service loopGives = byServiceName.get(name);
      boolean tableName = name.equals(Catalog.key(service.effectiveServiceName())) || service.aliases().contains(name);
      if (tableName && loopGives != service) {
        names.addStatement("byName.put($L, $T.$N)", JavaStrings.literal(name), type, service.constant());
      }
    });
    return LookupIndex.type(catalog, type, CodeBlock.of("values()"), CodeBlock.of("service.name()"), names.build());
  }
}
