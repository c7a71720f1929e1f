package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.internal.ServiceFields;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed catalog as an enum that implements {@link ServicePort}: one constant a
 * service, with its data as constructor arguments, and the lookups of {@link LookupIndex}.
 */
public final class EnumGenerator {
  /**
   * The most services a generated enum holds. Each constant costs bytecode in the enum's static
   * initializer, which the JVM caps at 64 KiB; with the costliest constant this generator writes (a
   * range of ports above 32767), javac 17 compiles 1,683 and fails on 1,684, as the benchmarks'
   * {@code EnumSizeLimits} measures.
   */
  public static final int MAX_CONSTANTS = 1000;

  /**
   * The most other names (aliases) a generated enum holds. They cost it no bytecode: the runtime's
   * {@code ServiceIndex} reads them from {@code aliases()}. The limit is part of the rule by which
   * {@code Shape.AUTO} chooses between an enum and a table class, and stays fixed so that a catalog
   * keeps its shape from one version of Portolan to the next.
   */
  public static final int MAX_ALIASES = 4000;

  private static final ClassName TRANSPORT = ClassName.get(Transport.class);
  private static final ClassName ASSIGNMENT = ClassName.get(Assignment.class);
  private static final TypeName STRING = ClassName.get(String.class);
  /** The static field that holds the enum's {@link Members#SERVICE_INDEX}. */
  private static final String INDEX = "index";

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
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(constantArguments(service))
          .addJavadoc("$L", Javadocs.deprecated(Javadocs.of(service), service, catalog));
      if (service.isDeprecated()) {
        constant.addAnnotation(Deprecated.class);
      }
      enumType.addEnumConstant(service.constant(), constant.build());
    }
    for (Service service : catalog.services()) {
      for (Service.OtherName other : service.otherNames()) {
        enumType.addField(FieldSpec.builder(type, other.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("$L", Javadocs.ofOtherName(service, other))
            .initializer("$N", service.constant())
            .build());
      }
    }
    enumType.addField(FieldSpec.builder(ParameterizedTypeName.get(Members.SERVICE_INDEX, type), INDEX,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The lookups over {@link #values()}, built the first time one is made.\n")
        .initializer("new $T<>(values())", Members.SERVICE_INDEX)
        .build());
    enumType.addField(Members.field(TypeName.INT, "number", "The port, or the first port of the range."));
    if (ranges) {
      enumType.addField(Members.field(TypeName.INT, "lastNumber", "The port again, or the last port of the range."));
    }
    enumType.addField(Members.field(STRING, "serviceName", "The service name."))
        .addField(Members.field(ASSIGNMENT, "assignment", "Whether IANA registers this use of the port."))
        .addField(Members.field(STRING, "description", "The table's description, unchanged."))
        .addField(Members.field(STRING, "aliases",
            "The other names, lower case, separated by spaces; a space in a name is {@code \\s}."))
        .addField(Members.field(STRING, "references", "The numbers of the RFCs the service cites, separated by spaces."))
        .addField(Members.field(TypeName.INT, "transports", "The transports, the sum of their bits in {@code Transports}."))
        .addMethod(constructor())
        .addMethod(MethodSpec.methodBuilder("constantName")
            .addJavadoc("{@inheritDoc}\n\n<p>The enum constant's {@link #name()}.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(STRING)
            .addStatement("return name()")
            .build())
        .addMethod(Members.overridingGetter(TypeName.INT, "number"))
        .addMethods(ranges ? List.of(Members.overridingGetter(TypeName.INT, "lastNumber")) : List.of())
        .addMethod(Members.overridingGetter(STRING, "serviceName"))
        .addMethod(MethodSpec.methodBuilder("aliases")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Members.listOf(STRING))
            .addStatement("return $T.words(aliases)", Members.SERVICE_FIELDS)
            .build())
        .addMethod(MethodSpec.methodBuilder("transports")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Members.setOf(TRANSPORT))
            .addStatement("return $T.of(transports)", Members.TRANSPORTS)
            .build())
        .addMethod(Members.overridingGetter(STRING, "description"))
        .addMethods(TransportDescriptions.method(catalog, sources))
        .addMethod(Members.overridingGetter(ASSIGNMENT, "assignment"))
        .addMethod(Members.references(CodeBlock.of("references")))
        .addMethods(Members.isDeprecated(catalog, CodeBlock.of("name()"), sources))
        .addMethod(MethodSpec.methodBuilder("all")
            .addJavadoc("Returns every service of the catalog, in table order: the constants in the order of\n"
                + "{@link #values()}.\n\n@return an unmodifiable list\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Members.listOf(type))
            .addStatement("return $N.all()", INDEX)
            .build())
        .addMethod(LookupIndex.byNumberDeclaration(type).addStatement("return $N.byNumber(number)", INDEX).build())
        .addMethod(LookupIndex.byServiceNameDeclaration(type).addStatement("return $N.byServiceName(name)", INDEX).build())
        .addMethods(LookupIndex.provenance(catalog));
    return JavaFile.builder(catalog.packageName(), enumType.build()).build();
  }

  private String typeJavadoc() {
    return "The services of the port catalog <code>" + Javadocs.escape(catalog.source()) + "</code>"
        + (catalog.date().isEmpty() ? "" : " (data of " + Javadocs.escape(catalog.date()) + ")")
        + ", one constant a service.\n\n"
        + "<p>{@link #byNumber(int)} and {@link #byServiceName(String)} look services up; {@link "
        + catalog.constantsName() + "} has the same ports as compile-time constants, for {@code switch} labels"
        + " and annotation values.\n\n"
        + Javadocs.deprecatedServices(catalog)
        + "<p>Generated by Portolan from {@code @PortCatalog}; do not edit.\n";
  }

  private CodeBlock constantArguments(Service service) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("$L", service.firstPort());
    if (ranges) {
      arguments.add(",$W$L", service.lastPort());
    }
    List<String> aliases = new ArrayList<>();
    for (String alias : service.aliases()) {
      aliases.add(ServiceFields.escaped(alias, true));
    }
    List<String> rfcs = new ArrayList<>();
    service.rfcs().forEach(rfc -> rfcs.add(Integer.toString(rfc)));
    arguments.add(",$W$L,$W$T.$L,$W$L,$W$L,$W$L", JavaStrings.literal(service.effectiveServiceName()), ASSIGNMENT,
        service.assignment().name(), JavaStrings.literal(service.description()),
        JavaStrings.literal(String.join(" ", aliases)), JavaStrings.literal(String.join(" ", rfcs)));
    List<CodeBlock> bits = new ArrayList<>();
    for (Transport transport : service.transports()) {
      bits.add(CodeBlock.of("$T.$L", Members.TRANSPORTS, transport.name()));
    }
    arguments.add(",$W$L", bits.isEmpty() ? CodeBlock.of("0") : CodeBlock.join(bits, "$W| "));
    return arguments.build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addJavadoc("Creates a constant.\n\n@param number the port, or the first port of the range\n"
            + (ranges ? "@param lastNumber the port again, or the last port of the range\n" : "")
            + "@param serviceName the service name\n"
            + "@param assignment whether IANA registers this use of the port\n"
            + "@param description the table's description\n"
            + "@param aliases the other names, separated by spaces\n"
            + "@param references the numbers of the RFCs the service cites, separated by spaces\n"
            + "@param transports the transports, the sum of their bits in {@code Transports}\n")
        .addParameter(int.class, "number");
    if (ranges) {
      constructor.addParameter(int.class, "lastNumber");
    }
    constructor.addParameter(STRING, "serviceName")
        .addParameter(ASSIGNMENT, "assignment")
        .addParameter(STRING, "description")
        .addParameter(STRING, "aliases")
        .addParameter(STRING, "references")
        .addParameter(int.class, "transports")
        .addStatement("this.number = number");
    if (ranges) {
      constructor.addStatement("this.lastNumber = lastNumber");
    }
    return constructor.addStatement("this.serviceName = serviceName")
        .addStatement("this.assignment = assignment")
        .addStatement("this.description = description")
        .addStatement("this.aliases = aliases")
        .addStatement("this.references = references")
        .addStatement("this.transports = transports")
        .build();
  }
}
