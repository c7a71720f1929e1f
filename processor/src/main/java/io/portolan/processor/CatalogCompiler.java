package io.portolan.processor;

import io.portolan.processor.generate.ConstantsGenerator;
import io.portolan.processor.generate.EnumGenerator;
import io.portolan.processor.generate.GeneratedSources;
import io.portolan.processor.generate.TableGenerator;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.parse.Formats;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.precompiled.BundledModel;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.request.CatalogRequest;
import io.portolan.processor.validate.CatalogBuilder;
import io.portolan.processor.validate.CuratedNames;
import io.portolan.processor.validate.RequestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Portolan's compiler, without javac: a {@link CatalogRequest} and its port table in, the rendered
 * sources and every problem out. It owns every decision of the pipeline: which table the request
 * names (the bundled catalogs included), its format, how it is read and validated, which shape the
 * typed catalog takes, and whether the generated code can hold it. {@link PortCatalogProcessor}
 * only reads the annotation, loads user files, writes the sources and reports the problems; tests
 * and benchmarks call this class directly. {@link #compile} reads and validates a user's table, and
 * starts a request on a bundled catalog from its model, validated at Portolan's own build
 * ({@link PrecompiledCatalogs}); {@link #compileSources}, the processor's entry, also serves the
 * bundled catalogs' default requests as rendered at that build ({@link PrerenderedCatalogs}).
 */
public final class CatalogCompiler {
  private static final Pattern PORT_FILTER = Pattern.compile("\\s*(\\d{1,5})\\s*(?:-\\s*(\\d{1,5})\\s*)?");

  /**
   * Simple names the generated code refers to unqualified: the types it imports (the runtime's
   * support for generated code among them) and the {@code java.lang} types it uses. A generated type of such a name would shadow them; so would one
   * named as a table class's nested classes ({@link TableGenerator#isNestedClassName}).
   */
  static final Set<String> RESERVED_TYPE_NAMES = Set.of("Transports", "String", "Integer", "Object",
      "Override", "StringBuilder", "Enum", "Class", "Generated", "Transport", "Assignment", "ServicePort", "List", "Set",
      "Map", "Optional", "Objects", "Locale", "Collections", "Arrays", "ArrayList", "HashMap", "EnumSet", "URI",
      "ServiceFields", "ServiceIndex", "ServiceTable");

  /**
   * Identifiers that are no keywords but cannot name a generated type: {@code var}, {@code record}
   * and the like, and {@code java}, as a type {@code p.java} is one the compiler's Filer warns about
   * (a name that ends like a source file's).
   */
  private static final Set<String> RESTRICTED_IDENTIFIERS = Set.of("var", "yield", "record", "sealed", "permits",
      "java");

  /**
   * The longest type name: the class files of a typed catalog and its nested classes
   * ({@code TypeName$Transports.class}) must fit the 255 bytes most file systems allow a file name.
   */
  public static final int MAX_TYPE_NAME = 200;

  /** Reads the user's port tables: the processor through its Filer, tests from memory. */
  @FunctionalInterface
  public interface TableLoader {
    /**
     * Returns the bytes of the table at {@code path}, or null having reported to {@code problems}
     * why there are none.
     */
    byte[] load(String path, Problems problems);

    /** Returns a loader that gives {@code content}, as UTF-8, whatever the path. */
    static TableLoader of(String content) {
      return (path, problems) -> content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * A generated source.
   *
   * @param qualifiedName the qualified name of its type
   * @param content the source text, plain ASCII
   */
  public record GeneratedFile(String qualifiedName, String content) {}

  /**
   * What compiling one request gave.
   *
   * @param format the table's format, as asked for or detected; empty when the table could not be read
   * @param catalog the validated catalog, shape decided; empty when there are errors
   * @param files the typed catalog and the constants class, in that order; empty when there are errors
   * @param problems every problem, errors, warnings and notes, in the order found
   */
  public record Result(Optional<TableFormat> format, Optional<Catalog> catalog, List<GeneratedFile> files,
      List<Problem> problems) {
    /** Tells whether any problem is an error, in which case nothing is generated. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  /**
   * The sources and problems of one request: what the processor writes and reports.
   *
   * @param files the typed catalog and the constants class, in that order; empty when there are errors
   * @param problems every problem, errors, warnings and notes, in the order found
   */
  public record Sources(List<GeneratedFile> files, List<Problem> problems) {
    /** Tells whether any problem is an error, in which case nothing is generated. */
    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private CatalogCompiler() {}

  /**
   * Compiles {@code request} into the sources and problems {@link #compile} gives. A bundled
   * catalog asked for with every value at its default, but the package and what the consumer's
   * Java offers ({@code @Generated}, text blocks), is served from the sources rendered at
   * Portolan's own build ({@link PrerenderedCatalogs}): nothing is read, validated or rendered.
   * Without those resources on the class path, or for any other request, this runs {@link #compile}.
   */
  public static Sources compileSources(CatalogRequest request, TableLoader loader) {
    if (isPrerendered(request)) {
      Optional<Sources> served = PrerenderedCatalogs.serve(request);
      if (served.isPresent()) {
        return served.get();
      }
    }
    Result result = compile(request, loader);
    return new Sources(result.files(), result.problems());
  }

  /** What a field of {@link CatalogRequest} is to the choice of prerendered sources. */
  enum PrerenderRole {
    /** Names the bundled catalog whose sources are served. */
    SELECTS,
    /** Must be at {@code @PortCatalog}'s default (a type name written out as the default one is). */
    AT_DEFAULT,
    /** Any value is served: the package is put in, and every variant of the others is prerendered. */
    SERVED_ANY
  }

  /**
   * Every field of {@link CatalogRequest}, by what it is to {@link #isPrerendered}. A test checks
   * that the keys are exactly the record's components, so that a new field must be classified, and
   * that a value other than the default in any {@code AT_DEFAULT} field turns prerendering off.
   */
  static final Map<String, PrerenderRole> PRERENDER_RULE = Map.ofEntries(
      Map.entry("source", PrerenderRole.SELECTS),
      Map.entry("packageName", PrerenderRole.SERVED_ANY),
      Map.entry("generatedAnnotation", PrerenderRole.SERVED_ANY),
      Map.entry("textBlocks", PrerenderRole.SERVED_ANY),
      Map.entry("format", PrerenderRole.AT_DEFAULT),
      Map.entry("typeName", PrerenderRole.AT_DEFAULT),
      Map.entry("constantsName", PrerenderRole.AT_DEFAULT),
      Map.entry("shape", PrerenderRole.AT_DEFAULT),
      Map.entry("ports", PrerenderRole.AT_DEFAULT),
      Map.entry("transports", PrerenderRole.AT_DEFAULT),
      Map.entry("assignments", PrerenderRole.AT_DEFAULT),
      Map.entry("include", PrerenderRole.AT_DEFAULT),
      Map.entry("exclude", PrerenderRole.AT_DEFAULT),
      Map.entry("renames", PrerenderRole.AT_DEFAULT));

  /**
   * Tells whether {@code request} is one whose sources are prerendered: a bundled catalog with
   * every field at {@code @PortCatalog}'s default but those {@link #PRERENDER_RULE} serves with any
   * value. A type name written out as the default one is the default.
   */
  static boolean isPrerendered(CatalogRequest request) {
    Optional<BundledCatalog> bundled = BundledCatalog.of(request.source());
    if (bundled.isEmpty()) {
      return false;
    }
    BundledCatalog catalog = bundled.get();
    return request.format() == TableFormat.AUTO
        && (request.typeName().isEmpty() || request.typeName().equals(catalog.typeName()))
        && (request.constantsName().isEmpty() || request.constantsName().equals(catalog.constantsName()))
        && request.shape() == CatalogRequest.Shape.AUTO
        && request.ports().isEmpty()
        && request.transports().isEmpty()
        && request.assignments().isEmpty()
        && request.include().isEmpty()
        && request.exclude().isEmpty()
        && request.renames().isEmpty();
  }

  /**
   * Compiles {@code request}: starts from a bundled catalog's precompiled model, or loads a user's
   * table through {@code loader} and reads and validates it; then applies the request's renames and
   * filters, decides the shape and generates.
   */
  public static Result compile(CatalogRequest request, TableLoader loader) {
    return compile(request, loader, BundledCatalog::model);
  }

  /**
   * Compiles {@code request} as {@link #compile} does, but with a bundled catalog's model made from
   * its tables rather than read precompiled: what the precompiled models are checked against.
   */
  static Result compileFromTables(CatalogRequest request, TableLoader loader) {
    return compile(request, loader, BundledCatalog::modelFromTables);
  }

  private static Result compile(CatalogRequest request, TableLoader loader,
      BiFunction<BundledCatalog, Problems, BundledModel> models) {
    Problems problems = new Problems();
    String typeName = request.typeName().isEmpty() ? defaultTypeName(request.source()) : request.typeName();
    String constantsName = request.constantsName().isEmpty() ? typeName + "s" : request.constantsName();
    checkTypeNames(typeName, constantsName, problems);
    List<int[]> ports = portFilters(request.ports(), problems);

    Optional<BundledCatalog> bundled = BundledCatalog.of(request.source());
    Named named = bundled.isPresent() ? bundled(bundled.get(), models, problems)
        : BundledCatalog.isBundledId(request.source()) ? unknownBundled(request.source(), problems)
        : isOutside(request.source()) ? outside(request.source(), problems)
        : userTable(request, loader, problems);
    if (named == null) {
      return new Result(Optional.empty(), Optional.empty(), List.of(), problems.toReport());
    }
    if (named.format().isEmpty()) {
      return new Result(named.format(), Optional.empty(), List.of(), problems.toReport());
    }
    Optional<TableFormat> format = named.format();
    boolean complete = named.complete();
    boolean checkAliases = BundledCatalog.warnsOfShadowedNames(bundled, format.get());
    List<Service> services = named.services();
    // Renames and filters name services as the generated catalog's constants and lookups do, so
    // they come after every name is given.
    services = RequestNames.apply(request, ports, services, complete, problems);
    if (services.isEmpty() && complete && !problems.hasErrors()) {
      problems.add(Message.EMPTY_CATALOG, named.firstRowLocation().get(), named.emptyReason().get());
    }
    if (checkAliases) {
      CatalogBuilder.checkLookupNames(services, problems);
    }
    if (problems.hasErrors()) {
      return new Result(format, Optional.empty(), List.of(), problems.toReport());
    }
    checkNamesAgainstConstants(typeName, constantsName, services, problems);
    boolean asTable = chooseShape(request.shape(), typeName, services, problems);
    if (problems.hasErrors()) {
      return new Result(format, Optional.empty(), List.of(), problems.toReport());
    }
    Catalog catalog = new Catalog(request.packageName(), typeName, constantsName, asTable, request.source(),
        named.date(), services);
    GeneratedSources sources = new GeneratedSources(request.generatedAnnotation(), request.textBlocks());
    return new Result(format, Optional.of(catalog), generate(catalog, sources), problems.toReport());
  }

  /**
   * A table read, validated and named, before the request's renames and filters.
   *
   * @param format the table's format; empty, having been reported, when it cannot be told
   * @param date the date of the table's data, or empty
   * @param services the named services
   * @param complete whether the whole table was read: checks of the table as a whole (unknown
   *     names, an empty catalog) wait for a complete table
   * @param firstRowLocation where an empty catalog is reported
   * @param emptyReason how the message of an empty catalog ends
   */
  private record Named(Optional<TableFormat> format, String date, List<Service> services, boolean complete,
      Supplier<String> firstRowLocation, Supplier<String> emptyReason) {}

  /**
   * Starts from a bundled catalog's model: precompiled, nothing is read or validated. Returns null,
   * having reported why, when there is none.
   */
  private static Named bundled(BundledCatalog catalog, BiFunction<BundledCatalog, Problems, BundledModel> models,
      Problems problems) {
    int errorsBefore = problems.errorCount();
    BundledModel model = models.apply(catalog, problems);
    if (model == null) {
      return null;
    }
    return new Named(Optional.of(catalog.format()), model.date(), model.services(),
        problems.errorCount() == errorsBefore, model::firstRowLocation, model::emptyReason);
  }

  /**
   * Reads and validates a user's table, through {@code loader}. Returns null, having reported why,
   * when it cannot be loaded or decoded.
   */
  private static Named userTable(CatalogRequest request, TableLoader loader, Problems problems) {
    SourceText text = decode(request.source(), loader.load(request.source(), problems), problems);
    if (text == null) {
      return null;
    }
    Optional<TableFormat> format = Formats.resolve(request.format(), text, problems);
    if (format.isEmpty()) {
      return new Named(format, "", List.of(), false, () -> "", () -> "");
    }
    int errorsBefore = problems.errorCount();
    Table table = Formats.reader(format.get()).read(text, problems);
    // The rows that could be read are still checked, so that every problem is reported at once.
    boolean complete = problems.errorCount() == errorsBefore;
    List<Service> services = CatalogBuilder.build(table, problems);
    // A user's copy of the IANA registry names its own date.
    if (format.get() == TableFormat.IANA) {
      services = CuratedNames.withRegistryDate(services, table.date());
    }
    return new Named(format, table.date(), services, complete, () -> text.at(Formats.firstContentLine(text)),
        () -> CatalogBuilder.whyEmpty(table));
  }

  /**
   * Generates and renders the typed catalog and the constants class of a validated catalog, for
   * any Java version from 8 on (no text blocks).
   */
  public static List<GeneratedFile> generate(Catalog catalog, boolean generatedAnnotation) {
    return generate(catalog, new GeneratedSources(generatedAnnotation, false));
  }

  /** Generates and renders the typed catalog and the constants class of a validated catalog. */
  public static List<GeneratedFile> generate(Catalog catalog, GeneratedSources sources) {
    String prefix = catalog.packageName().isEmpty() ? "" : catalog.packageName() + ".";
    return List.of(
        new GeneratedFile(prefix + catalog.typeName(), GeneratedSources.render(catalog.table()
            ? TableGenerator.generate(catalog, sources)
            : EnumGenerator.generate(catalog, sources))),
        new GeneratedFile(prefix + catalog.constantsName(),
            ConstantsGenerator.render(catalog, sources)));
  }

  /**
   * Checks what the generated code can hold, and decides the shape: whether the typed catalog is
   * a table class. Reports what does not fit.
   */
  private static boolean chooseShape(CatalogRequest.Shape shape, String typeName, List<Service> services,
      Problems problems) {
    for (Service service : services) {
      int text = service.constant().length() + service.description().length()
          + service.effectiveServiceName().length() + service.aliases().stream().mapToInt(String::length).sum();
      if (text > TableGenerator.MAX_SERVICE_TEXT) {
        problems.add(Message.SERVICE_TEXT_TOO_LONG, service.location(), service.constant(), text,
            TableGenerator.MAX_SERVICE_TEXT);
      }
    }
    if (services.size() > ConstantsGenerator.MAX_CONSTANTS) {
      problems.add(Message.CATALOG_TOO_LARGE, "", services.size(), ConstantsGenerator.MAX_CONSTANTS);
    }
    boolean fits = EnumGenerator.fits(services);
    if (!fits && shape == CatalogRequest.Shape.ENUM) {
      problems.add(Message.ENUM_TOO_LARGE, "", services.size(), EnumGenerator.aliases(services),
          EnumGenerator.MAX_CONSTANTS, EnumGenerator.MAX_ALIASES);
    }
    if (!fits && shape == CatalogRequest.Shape.AUTO) {
      problems.add(Message.TABLE_SHAPE_CHOSEN, "", services.size(), EnumGenerator.aliases(services),
          EnumGenerator.MAX_CONSTANTS, EnumGenerator.MAX_ALIASES, typeName);
    }
    return shape == CatalogRequest.Shape.TABLE || (!fits && shape == CatalogRequest.Shape.AUTO);
  }

  /**
   * Tells whether {@code source} leads outside the places a table is searched in: an absolute path,
   * or one with a {@code ..} segment. One rule for every place, so that a table is found the same
   * way by every compiler and on every machine.
   */
  static boolean isOutside(String source) {
    String path = source.replace('\\', '/');
    return path.startsWith("/") || path.matches("[A-Za-z]:.*") || ("/" + path + "/").contains("/../");
  }

  /** Reports a source outside the places searched, and returns null. */
  private static Named outside(String source, Problems problems) {
    problems.add(Message.SOURCE_OUTSIDE, "", source);
    return null;
  }

  /** Reports a bundled catalog's id that names none, and returns null. */
  private static Named unknownBundled(String source, Problems problems) {
    problems.add(Message.UNKNOWN_BUNDLED_CATALOG, "", source, BundledCatalog.ids());
    return null;
  }

  private static SourceText decode(String name, byte[] bytes, Problems problems) {
    return bytes == null ? null : SourceText.decode(name, bytes, problems);
  }

  private static void checkTypeNames(String typeName, String constantsName, Problems problems) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("typeName", typeName);
    names.put("constantsName", constantsName);
    names.forEach((attribute, name) -> {
      if (!isTypeName(name)) {
        problems.add(Message.BAD_TYPE_NAME, "", attribute, name);
      } else if (name.length() > MAX_TYPE_NAME) {
        problems.add(Message.TYPE_NAME_TOO_LONG, "", attribute, name, MAX_TYPE_NAME);
      } else if (RESERVED_TYPE_NAMES.contains(name) || TableGenerator.isNestedClassName(name)) {
        problems.add(Message.RESERVED_TYPE_NAME, "", attribute, name);
      }
    });
    if (typeName.equals(constantsName)) {
      problems.add(Message.SAME_TYPE_NAMES, "", typeName);
    }
  }

  /**
   * Tells whether {@code name} can name a generated type: a Java identifier, no keyword or
   * restricted identifier, without {@code $}, and made of characters that show and that every
   * tool reads alike: none outside the Basic Multilingual Plane, none that Java ignores in
   * identifiers (such as U+200B or NUL), no formatting character (such as U+00AD or U+200E).
   */
  static boolean isTypeName(String name) {
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name) || RESTRICTED_IDENTIFIERS.contains(name)
        || name.contains("$")) {
      return false;
    }
    return name.codePoints().allMatch(c -> Character.isBmpCodePoint(c) && !Character.isIdentifierIgnorable(c)
        && Character.getType(c) != Character.FORMAT);
  }

  /** Refuses a type name that is also a constant's: {@code SSH.SSH} would name the constant. */
  private static void checkNamesAgainstConstants(String typeName, String constantsName, List<Service> services,
      Problems problems) {
    Set<String> constants = new java.util.HashSet<>();
    services.forEach(service -> {
      constants.add(service.constant());
      service.otherNames().forEach(other -> constants.add(other.constant()));
    });
    if (constants.contains(typeName)) {
      problems.add(Message.TYPE_NAME_IS_CONSTANT, "", "typeName", typeName);
    }
    if (constants.contains(constantsName)) {
      problems.add(Message.TYPE_NAME_IS_CONSTANT, "", "constantsName", constantsName);
    }
  }

  private static List<int[]> portFilters(List<String> filters, Problems problems) {
    List<int[]> ports = new ArrayList<>();
    for (String filter : filters) {
      Matcher matcher = PORT_FILTER.matcher(filter);
      int first = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
      int last = matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : first;
      if (first < 0 || last > 65535 || last < first) {
        problems.add(Message.BAD_PORT_FILTER, "", filter);
      } else {
        ports.add(new int[] {first, last});
      }
    }
    return ports;
  }

  /**
   * The default typed catalog name: the bundled catalog's own ({@code IanaPort} for
   * {@code portolan:iana}); for a file, its base name in upper camel case, singular, ending in {@code Port}.
   */
  public static String defaultTypeName(String source) {
    Optional<BundledCatalog> bundled = BundledCatalog.of(source);
    if (bundled.isPresent()) {
      return bundled.get().typeName();
    }
    String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    int dot = base.indexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    StringBuilder camel = new StringBuilder();
    for (String word : base.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        camel.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
      }
    }
    String name = camel.toString();
    if (name.endsWith("Ports")) {
      name = name.substring(0, name.length() - 1);
    } else if (!name.endsWith("Port")) {
      name = name + "Port";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "Port" + name;
  }
}
