package io.portolan.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import io.portolan.internal.ServiceFields;
import io.portolan.internal.ServiceTable;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed catalog as a table class, for catalogs too large for an enum: a final class
 * that implements {@link ServicePort}, whose instances are read, each when a lookup first returns
 * it, from rows of text held in string constants, with index data that {@code TableIndex} writes.
 * The generated class holds its data and its instances' fields; the rows' format, their reading,
 * the lookups and their thread safety are {@link ServiceTable}'s, in the runtime, which a nested
 * class {@code Rows} extends to hand over the data, so that javac compiles that code once, not in
 * every build that generates a table class. Each string constant stays under the class file's
 * 65,535-byte limit.
 */
public final class TableGenerator {
  /** The most bytes of modified UTF-8 one string constant of rows takes, below the JVM's 65,535. */
  static final int MAX_CONSTANT_BYTES = 60_000;

  /**
   * The most characters of text (description, service name and other names) one service has. Its
   * row is one string constant of the generated class, at most {@link #MAX_CONSTANT_BYTES} bytes of
   * modified UTF-8, where a character takes up to three; an enum holds each piece of the text in a
   * string constant of its own, so the limit serves both shapes.
   */
  public static final int MAX_SERVICE_TEXT = 15_000;

  private static final ClassName TRANSPORT = ClassName.get(Transport.class);
  private static final ClassName ASSIGNMENT = ClassName.get(Assignment.class);
  private static final TypeName STRING = ClassName.get(String.class);
  /** The nested class that extends {@link ServiceTable}, and its field that holds its one instance. */
  private static final String ROWS_CLASS = "Rows";
  private static final String TABLE_FIELD = "TABLE";
  /** The classes nested in {@code Rows} that hold the index data. */
  private static final String INDEX_CLASS = "Index";
  private static final String NAMES_CLASS = "Names";
  /** The classes nested in {@code Rows} that hold the strings of rows: {@code Text0}, {@code Text1}... */
  private static final String TEXT_CLASS = "Text";

  /**
   * Tells whether {@code name} is, or may be, the name of a class nested in a generated table class
   * ({@code Rows}, {@code Index}, {@code Names}, {@code Text0}, {@code Text1}, ...), which a
   * generated type of that name would shadow.
   */
  public static boolean isNestedClassName(String name) {
    return name.equals(ROWS_CLASS) || name.equals(INDEX_CLASS) || name.equals(NAMES_CLASS)
        || (name.startsWith(TEXT_CLASS) && name.length() > TEXT_CLASS.length()
            && name.substring(TEXT_CLASS.length()).chars().allMatch(c -> c >= '0' && c <= '9'));
  }

  private final Catalog catalog;
  private final ClassName type;
  /** Where each service's row is, which chunk and where in it, as {@link #chunks()} cut them. */
  private final List<int[]> starts = new ArrayList<>();

  private TableGenerator(Catalog catalog) {
    this.catalog = catalog;
    this.type = ClassName.get(catalog.packageName(), catalog.typeName());
  }

  /** Returns the source of the table class for {@code catalog}. */
  public static JavaFile generate(Catalog catalog, GeneratedSources sources) {
    return new TableGenerator(catalog).file(sources);
  }

  private JavaFile file(GeneratedSources sources) {
    TypeSpec.Builder table = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ServicePort.class)
        .addJavadoc("$L", Javadocs.wrap("The " + catalog.services().size() + " services of the port catalog <code>"
            + Javadocs.escape(catalog.source()) + "</code>"
            + (catalog.date().isEmpty() ? "" : " (data of " + Javadocs.escape(catalog.date()) + ")") + ".\n\n"
            + "<p>The services are instances of this class, read from a compact table the first time the catalog is"
            + " used, so that a catalog of any size fits; one of at most " + EnumGenerator.MAX_CONSTANTS + " services"
            + " can be an enum instead ({@code @PortCatalog}'s {@code shape} and filters). {@link #byNumber(int)} and"
            + " {@link #byServiceName(String)} look services up, {@link #all()} lists them, and {@link "
            + catalog.constantsName() + "} has the same ports as compile-time constants.\n\n"
            + Javadocs.deprecatedServices(catalog)
            + "<p>Generated by Portolan from {@code @PortCatalog}; do not edit.\n"));
    sources.generatedAnnotation().ifPresent(table::addAnnotation);
    table.addField(Members.field(TypeName.INT, "chunk", "Which string of the rows holds this service's row."))
        .addField(Members.field(TypeName.INT, "row", "Where this service's row starts in that string."))
        .addField(Members.field(TypeName.INT, "number", "The port, or the first port of the range."))
        .addField(Members.field(TypeName.INT, "lastNumber", "The port again, or the last port of the range."))
        .addField(Members.field(STRING, "serviceName", "The service name."))
        .addField(Members.field(Members.setOf(TRANSPORT), "transports", "The transports, unmodifiable."))
        .addField(Members.field(ASSIGNMENT, "assignment", "Whether IANA registers this use of the port."))
        .addField(Members.field(Members.listOf(STRING), "aliases", "Other names of the service, lower case, unmodifiable."))
        .addMethod(constructor())
        .addMethod(fromRows("constantName", String.class))
        .addMethod(Members.overridingGetter(TypeName.INT, "number"))
        .addMethod(Members.overridingGetter(TypeName.INT, "lastNumber"))
        .addMethod(Members.overridingGetter(STRING, "serviceName"))
        .addMethod(Members.overridingGetter(Members.listOf(STRING), "aliases"))
        .addMethod(Members.overridingGetter(Members.setOf(TRANSPORT), "transports"))
        .addMethod(fromRows("description", String.class))
        .addMethods(TransportDescriptions.method(catalog, sources))
        .addMethod(Members.overridingGetter(ASSIGNMENT, "assignment"))
        .addMethod(fromRows("references", Members.listOf(ClassName.get(URI.class))))
        .addMethods(Members.isDeprecated(catalog, CodeBlock.of("constantName()"), sources))
        .addMethod(MethodSpec.methodBuilder("toString")
            .addJavadoc("Returns the constant name.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return constantName()")
            .build())
        .addMethod(MethodSpec.methodBuilder("all")
            .addJavadoc("Returns every service of the catalog, in table order.\n\n"
                + "@return an unmodifiable list\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Members.listOf(type))
            .addStatement("return $L.$L.all()", ROWS_CLASS, TABLE_FIELD)
            .build())
        .addMethod(LookupIndex.byNumberDeclaration(type)
            .addStatement("return $L.$L.byNumber(number)", ROWS_CLASS, TABLE_FIELD)
            .build())
        .addMethod(LookupIndex.byServiceNameDeclaration(type)
            .addStatement("return $L.$L.byServiceName(name)", ROWS_CLASS, TABLE_FIELD)
            .build())
        .addMethods(LookupIndex.provenance(catalog))
        .addType(rows(sources));
    return JavaFile.builder(catalog.packageName(), table.build()).build();
  }

  /** Returns the {@code ServicePort} method {@code name}, which the rows answer at each call. */
  private static MethodSpec fromRows(String name, Object returnType) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("{@inheritDoc}\n\n<p>Read from the rows at each call, so that the catalog keeps no copy of it.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(typeOf(returnType))
        .addStatement("return $L.$L.$L(chunk, row)", ROWS_CLASS, TABLE_FIELD, name)
        .build();
  }

  private MethodSpec constructor() {
    return MethodSpec.constructorBuilder()
        .addJavadoc("Creates a service from one row of the table.\n\n"
            + "@param chunk which string of the rows holds the service's row\n"
            + "@param row where the row starts in that string\n"
            + "@param number the port, or the first port of the range\n"
            + "@param lastNumber the port again, or the last port of the range\n"
            + "@param serviceName the service name\n"
            + "@param transports the transports, unmodifiable\n"
            + "@param assignment whether IANA registers this use of the port\n"
            + "@param aliases other names of the service, lower case, unmodifiable\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameters(rowParameters())
        .addStatement("this.chunk = chunk")
        .addStatement("this.row = row")
        .addStatement("this.number = number")
        .addStatement("this.lastNumber = lastNumber")
        .addStatement("this.serviceName = serviceName")
        .addStatement("this.transports = transports")
        .addStatement("this.assignment = assignment")
        .addStatement("this.aliases = aliases")
        .build();
  }

  /** The parameters of the constructor, and of {@code ServiceTable.create}, which calls it. */
  private static List<ParameterSpec> rowParameters() {
    return List.of(
        ParameterSpec.builder(int.class, "chunk").build(),
        ParameterSpec.builder(int.class, "row").build(),
        ParameterSpec.builder(int.class, "number").build(),
        ParameterSpec.builder(int.class, "lastNumber").build(),
        ParameterSpec.builder(STRING, "serviceName").build(),
        ParameterSpec.builder(Members.setOf(TRANSPORT), "transports").build(),
        ParameterSpec.builder(ASSIGNMENT, "assignment").build(),
        ParameterSpec.builder(Members.listOf(STRING), "aliases").build());
  }

  /**
   * The nested class that hands the catalog's data to {@link ServiceTable}: its one instance reads the
   * rows and answers the lookups.
   */
  private TypeSpec rows(GeneratedSources sources) {
    List<String> chunks = chunks();
    TableIndex index = TableIndex.of(catalog);
    TypeSpec.Builder rows = TypeSpec.classBuilder(ROWS_CLASS)
        .addJavadoc("The catalog's rows and index data, which {@link $T} reads as lookups need them.\n", Members.SERVICE_TABLE)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(Members.SERVICE_TABLE, type))
        .addField(FieldSpec.builder(ClassName.get(catalog.packageName(), catalog.typeName(), ROWS_CLASS), TABLE_FIELD,
                Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The catalog's table.\n")
            .initializer("new $L()", ROWS_CLASS)
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("Creates the table, reading nothing yet.\n")
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($L, $L)", catalog.services().size(), index.asciiNames())
            .build());
    // Each string of rows in a class of its own, loaded only when one of its rows is read.
    MethodSpec.Builder text = override("rows", String.class).addParameter(int.class, "chunk");
    // A switch expression where the consumer's Java has them, as Error Prone's StatementSwitchToExpressionSwitch asks.
    boolean expression = sources.switchExpressions();
    CodeBlock.Builder cases = expression
        ? CodeBlock.builder().add("return switch (chunk) {\n$>")
        : CodeBlock.builder().beginControlFlow("switch (chunk)");
    List<TypeSpec> texts = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      String name = TEXT_CLASS + i;
      texts.add(TypeSpec.classBuilder(name)
          .addJavadoc("String $L of the rows.\n", i)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addMethod(MethodSpec.methodBuilder("rows")
              .addJavadoc("Returns the rows, one line a service, in a string constant that fits a class file.\n\n"
                  + "@return the rows\n")
              .addModifiers(Modifier.STATIC)
              .returns(String.class)
              .addStatement("return $L", sources.lines(chunks.get(i)))
              .build())
          .addMethod(Members.privateConstructor())
          .build());
      cases.add(expression ? "case $L -> $L.rows();\n" : "case $L:\n$>return $L.rows();\n$<", i, name);
    }
    if (expression) {
      cases.add("default -> throw new $T($T.valueOf(chunk));\n$<};\n", IndexOutOfBoundsException.class, String.class);
    } else {
      cases.add("default:\n$>throw new $T($T.valueOf(chunk));\n$<", IndexOutOfBoundsException.class, String.class)
          .endControlFlow();
    }
    MethodSpec.Builder create = override("create", type).addParameters(rowParameters())
        .addStatement("return new $T(chunk, row, number, lastNumber, serviceName, transports, assignment, aliases)",
            type);
    return rows
        .addMethod(text.addCode(cases.build()).build())
        .addMethod(override("rowStarts", String[].class)
            .addCode("return $L;\n", TableIndex.starts(starts, sources))
            .build())
        .addMethod(override("ports", String[].class)
            .addStatement("return $L.ports()", INDEX_CLASS)
            .build())
        .addMethod(override("portServices", String[].class)
            .addStatement("return $L.portServices()", INDEX_CLASS)
            .build())
        .addMethod(override("names", String[].class)
            .addStatement("return $L.names()", NAMES_CLASS)
            .build())
        .addMethod(create.build())
        .addTypes(texts)
        .addType(data(INDEX_CLASS, "The index of ports, read the first time a number is looked up.",
            dataMethod("ports", "the ports that have services, ascending, and how many each has", index.ports(sources)),
            dataMethod("portServices", "the services of each port, in lookup order", index.portServices(sources))))
        .addType(data(NAMES_CLASS, "The index of names, read the first time a name is looked up.",
            dataMethod("names", "the lookup names' hash codes, services and which names they are", index.names(sources))))
        .build();
  }

  /** Returns a {@code protected} method of {@link ServiceTable} to override. */
  private static MethodSpec.Builder override(String name, Object returnType) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .returns(typeOf(returnType));
  }

  /** Returns {@code type}, a {@link TypeName} or a {@link Class}, as a {@link TypeName}. */
  private static TypeName typeOf(Object type) {
    return type instanceof TypeName typeName ? typeName : TypeName.get((Class<?>) type);
  }

  /** Returns a class of index data, loaded only when its data are read. */
  private static TypeSpec data(String name, String javadoc, MethodSpec... methods) {
    return TypeSpec.classBuilder(name)
        .addJavadoc("$L\n", javadoc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethods(List.of(methods))
        .addMethod(Members.privateConstructor())
        .build();
  }

  private static MethodSpec dataMethod(String name, String what, CodeBlock data) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc("Returns $L,\nin the digits of {@link $T}.\n\n@return the index data\n", what, Members.SERVICE_TABLE)
        .addModifiers(Modifier.STATIC)
        .returns(String[].class)
        .addCode("return $L;\n", data)
        .build();
  }

  /**
   * Returns the rows, one line a service, cut between rows into string constants that each fit a
   * class file.
   */
  private List<String> chunks() {
    starts.clear();
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    int bytes = 0;
    for (Service service : catalog.services()) {
      String row = row(service);
      int rowBytes = utf8Length(row);
      if (rowBytes > MAX_CONSTANT_BYTES) {
        // CatalogBuilder refuses services with this much text; a row never spans two constants.
        throw new IllegalStateException(service.constant() + " needs " + rowBytes + " bytes");
      }
      if (bytes + rowBytes > MAX_CONSTANT_BYTES) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
        bytes = 0;
      }
      starts.add(new int[] {chunks.size(), chunk.length()});
      chunk.append(row);
      bytes += rowBytes;
    }
    if (chunk.length() > 0) {
      chunks.add(chunk.toString());
    }
    return chunks;
  }

  /** Returns the length of {@code text} in the class file's modified UTF-8. */
  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes += utf8Length(text.charAt(i));
    }
    return bytes;
  }

  /** Returns the length of {@code c} in modified UTF-8, where U+0000 takes two bytes. */
  private static int utf8Length(char c) {
    return c >= 1 && c <= 0x7F ? 1 : c <= 0x7FF ? 2 : 3;
  }

  private static String row(Service service) {
    StringBuilder transports = new StringBuilder();
    service.transports().forEach(transport -> transports.append(transport.keyword().charAt(0)));
    return String.join("\t",
        service.constant(),
        Integer.toString(service.firstPort()),
        service.isRange() ? Integer.toString(service.lastPort()) : "",
        transports,
        service.assignment() == Assignment.OFFICIAL ? "o" : "u",
        ServiceFields.escaped(service.effectiveServiceName(), false),
        String.join(" ", service.aliases().stream().map(alias -> ServiceFields.escaped(alias, true)).toList()),
        String.join(" ", service.rfcs().stream().map(String::valueOf).toList()),
        ServiceFields.escaped(service.description(), false))
        + "\n";
  }
}
