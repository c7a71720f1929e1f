package io.portolan.processor;

import io.portolan.processor.model.Service;
import io.portolan.processor.parse.CuratedNameReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.validate.CuratedNames;
import java.util.List;

/**
 * What the bundled catalogs get beyond their table: the curated naming layer ({@code names.csv},
 * see {@link CuratedNames}) and the date of the bundled IANA registry, which their Javadoc names
 * as the source of each {@code assignment()}. Both bundled catalogs take their status from that
 * registry; the IANA catalog is the registry itself, the well-known catalog's {@code status} column
 * was checked against it.
 */
final class BundledNaming {
  static final String NAMES = "io/portolan/data/names.csv";
  /** The bundled registry's date, which {@code data/update-registry.sh} writes beside it. */
  static final String REGISTRY_DATE = "io/portolan/data/iana-date.txt";

  private BundledNaming() {}

  /**
   * Returns the services of the bundled catalog read from {@code table}, in {@code format}, with the
   * curated names and the registry date applied.
   */
  static List<Service> apply(TableFormat format, Table table, List<Service> services, Problems problems) {
    String date = format == TableFormat.IANA ? table.date() : registryDate(problems);
    SourceText names = load(NAMES, problems);
    if (names == null) {
      return services;
    }
    return CuratedNames.apply(CuratedNames.withRegistryDate(services, date),
        CuratedNameReader.read(names, problems), problems);
  }

  /**
   * Returns the date of the bundled registry, its newest registration or modification date, as
   * {@code iana-date.txt} records it (a test of portolan-data checks the two agree); the
   * well-known catalog names it without reading the whole registry.
   */
  static String registryDate(Problems problems) {
    SourceText date = load(REGISTRY_DATE, problems);
    return date == null ? "" : date.content().strip();
  }

  private static SourceText load(String resource, Problems problems) {
    return CatalogCompiler.readBundled(resource, resource, problems);
  }
}
