package io.portolan.processor;

import io.portolan.processor.model.Service;
import io.portolan.processor.parse.CuratedNameReader;
import io.portolan.processor.parse.Formats;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.precompiled.BundledModel;
import io.portolan.processor.precompiled.ModelFile;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.problem.Problems;
import io.portolan.processor.validate.CatalogBuilder;
import io.portolan.processor.validate.CuratedNames;
import io.portolan.processor.validate.RetiredServices;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogs Portolan bundles, one entry each: its id, the names of its generated types, its
 * table's format and resource, and whether names that left it are kept as deprecated services.
 * Everything the compiler does differently for a bundled catalog is decided here, so that a new
 * bundled catalog is one entry and its data.
 *
 * <p>Every request on a bundled catalog starts from its {@link #model}: the catalog read, validated
 * and named. Portolan's build makes it from the tables ({@link #buildModel}) and stores it in the
 * processor jar ({@link PrecompiledCatalogs}), so that a consumer's compile reads and validates no
 * table; the tables themselves are not in that jar.
 *
 * <p>What every bundled catalog gets beyond its table: the curated naming layer ({@code names.csv},
 * see {@link CuratedNames}), shared by all of them so that a constant means one port everywhere,
 * and the date of the bundled IANA registry, which the Javadoc of each {@code assignment()} names as
 * its source (the IANA catalog is that registry; the other tables' {@code status} columns are checked
 * against it by portolan-data's tests). Their aliases are not checked for shadowing, as a user's
 * table's are: those tests check them.
 */
enum BundledCatalog {
  /** The well-known ports, 0-1023, official and unofficial uses. */
  WELL_KNOWN("portolan:well-known", "WellKnownPort", TableFormat.PORTOLAN, "well-known.csv", ""),
  /** The IANA Service Name and Transport Protocol Port Number Registry, with the names that left it. */
  IANA("portolan:iana", "IanaPort", TableFormat.IANA, "iana.csv", "iana-retired.csv"),
  /** The ports widely used server software listens on by default, each with its source. */
  DEFAULTS("portolan:defaults", "DefaultPort", TableFormat.PORTOLAN, "defaults.csv", "");

  /** The prefix of every bundled catalog's id. */
  static final String PREFIX = "portolan:";

  /** Where portolan-data keeps its resources on the processor's class path. */
  private static final String DATA = "io/portolan/data/";

  /** The curated naming layer of every bundled catalog. */
  private static final String NAMES = DATA + "names.csv";

  /** The bundled registry's date, which {@code data/update-registry.sh} writes beside it. */
  private static final String REGISTRY_DATE = DATA + "iana-date.txt";

  private final String id;
  private final String typeName;
  private final TableFormat format;
  private final String resource;
  private final String retiredResource;

  BundledCatalog(String id, String typeName, TableFormat format, String file, String retiredFile) {
    this.id = id;
    this.typeName = typeName;
    this.format = format;
    this.resource = DATA + file;
    this.retiredResource = retiredFile.isEmpty() ? "" : DATA + retiredFile;
  }

  /** Returns the bundled catalog whose id is {@code source}, or empty when it names none. */
  static Optional<BundledCatalog> of(String source) {
    return Arrays.stream(values()).filter(catalog -> catalog.id.equals(source)).findFirst();
  }

  /** Tells whether {@code source} names a bundled catalog (or tries to), rather than a file. */
  static boolean isBundledId(String source) {
    return source.startsWith(PREFIX);
  }

  /** Returns the ids of the bundled catalogs, sorted. */
  static List<String> ids() {
    return Arrays.stream(values()).map(BundledCatalog::id).sorted().toList();
  }

  /**
   * Tells whether a catalog's names that lookups give another service are worth a warning: for a
   * user's table of a format that lists aliases by hand, yes; a bundled catalog's are checked by
   * portolan-data's tests instead.
   */
  static boolean warnsOfShadowedNames(Optional<BundledCatalog> bundled, TableFormat format) {
    return bundled.isEmpty() && format.listsAliasesByHand();
  }

  /** Returns the id {@code @PortCatalog(source)} names it by, such as {@code portolan:iana}. */
  String id() {
    return id;
  }

  /** Returns the id without its prefix, such as {@code iana}: a name for its resources. */
  String shortName() {
    return id.substring(PREFIX.length());
  }

  /** Returns the default simple name of its typed catalog, such as {@code IanaPort}. */
  String typeName() {
    return typeName;
  }

  /** Returns the default simple name of its constants class, such as {@code IanaPorts}. */
  String constantsName() {
    return typeName + "s";
  }

  /** Returns its table's format. */
  TableFormat format() {
    return format;
  }

  /**
   * Returns the catalog's model, and reports the problems it records: the precompiled one where the
   * processor's class path has it, else one made from the tables. Returns null, having reported why,
   * when there is neither, or the precompiled one cannot be read.
   */
  BundledModel model(Problems problems) {
    return model(PrecompiledCatalogs.read(this), problems);
  }

  /**
   * Returns the model stored as {@code file}, or, when {@code file} is null, the one made from the
   * tables; reports the problems it records, or why {@code file} cannot be read.
   */
  BundledModel model(byte[] file, Problems problems) {
    if (file == null) {
      return modelFromTables(problems);
    }
    try {
      return reported(ModelFile.read(file), problems);
    } catch (IllegalArgumentException e) {
      problems.add(Message.SOURCE_UNREADABLE, "", id, "its precompiled model "
          + PrecompiledCatalogs.resource(this) + " " + e.getMessage());
      return null;
    }
  }

  /**
   * Returns the model made from the catalog's tables, as Portolan's build makes it, and reports the
   * problems it records; returns null, having reported why, when a table cannot be read.
   */
  BundledModel modelFromTables(Problems problems) {
    return reported(buildModel(problems), problems);
  }

  private static BundledModel reported(BundledModel model, Problems problems) {
    if (model != null) {
      for (Problem problem : model.problems()) {
        problems.add(problem.message(), problem.location(), problem.args());
      }
    }
    return model;
  }

  /**
   * Makes the catalog's model from its tables: reads and validates its table, keeps the names that
   * left it as deprecated services and applies the curated names. The problems found are the
   * model's. Returns null, having reported why to {@code problems}, when a table cannot be read.
   */
  BundledModel buildModel(Problems problems) {
    Problems found = new Problems();
    SourceText text = read(resource, id, found);
    List<RetiredServices.Row> retired = text == null ? List.of() : readRetired(found);
    if (text == null || found.hasErrors()) {
      found.toReport().forEach(problem -> problems.add(problem.message(), problem.location(), problem.args()));
      return null;
    }
    Table table = Formats.reader(format).read(text, found);
    List<Service> services = CatalogBuilder.build(table, found,
        current -> RetiredServices.services(retired, current, "iana-retired.csv"));
    services = named(table, services, found);
    return new BundledModel(id, table.date(), services, text.at(Formats.firstContentLine(text)),
        CatalogBuilder.whyEmpty(table), found.toReport());
  }

  /**
   * Returns the bytes of every table its model is made from, in a fixed order: its table, the names
   * that left it (empty when it keeps none), the curated names and the bundled registry's date.
   * Throws when one cannot be read: only Portolan's build and tests, which have them, ask.
   */
  List<byte[]> tables() {
    List<byte[]> tables = new ArrayList<>();
    for (String table : List.of(resource, retiredResource, NAMES, REGISTRY_DATE)) {
      if (table.isEmpty()) {
        tables.add(new byte[0]);
        continue;
      }
      byte[] bytes = PrerenderedCatalogs.readResource(table);
      if (bytes == null) {
        throw new IllegalStateException("no readable " + table + " on the class path");
      }
      tables.add(bytes);
    }
    return tables;
  }

  /**
   * Returns the names that left the catalog, which it keeps as deprecated services (see
   * {@link RetiredServices}); empty for a catalog that keeps none.
   */
  private List<RetiredServices.Row> readRetired(Problems problems) {
    if (retiredResource.isEmpty()) {
      return List.of();
    }
    SourceText text = read(retiredResource, retiredResource, problems);
    if (text == null) {
      return List.of();
    }
    try {
      return RetiredServices.read(text.content());
    } catch (IllegalArgumentException e) {
      problems.add(Message.SOURCE_UNREADABLE, "", retiredResource, e.getMessage());
      return List.of();
    }
  }

  /**
   * Returns the services read from {@code table} with the curated naming layer applied and each
   * current service dated by the bundled registry.
   */
  private List<Service> named(Table table, List<Service> services, Problems problems) {
    String date = format == TableFormat.IANA ? table.date() : registryDate(problems);
    SourceText names = read(NAMES, NAMES, problems);
    if (names == null) {
      return services;
    }
    // Where the naming rule gave the constants, a curated name for a whole service takes the lead.
    return CuratedNames.apply(CuratedNames.withRegistryDate(services, date),
        CuratedNameReader.read(names, problems), format == TableFormat.IANA, problems);
  }

  /**
   * Returns the date of the bundled registry, its newest registration or modification date, as
   * {@code iana-date.txt} records it (a test of portolan-data checks the two agree), so that a
   * catalog checked against the registry names it without reading the whole registry.
   */
  private static String registryDate(Problems problems) {
    SourceText date = read(REGISTRY_DATE, REGISTRY_DATE, problems);
    return date == null ? "" : date.content().strip();
  }

  /**
   * Reads a resource of portolan-data from the processor's own class path, as strict UTF-8, or
   * returns null having reported why it cannot.
   *
   * @param name the name the problems give the resource, such as {@code portolan:iana}
   */
  private static SourceText read(String resource, String name, Problems problems) {
    try (InputStream in = BundledCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        problems.add(Message.SOURCE_NOT_FOUND, "", name, "the processor's class path (is portolan-data on it?)");
        return null;
      }
      return SourceText.decode(name, in.readAllBytes(), problems);
    } catch (IOException e) {
      problems.add(Message.SOURCE_UNREADABLE, "", name, e.getMessage());
      return null;
    }
  }
}
