package io.portolan.processor;

import io.portolan.processor.model.Service;
import io.portolan.processor.parse.CuratedNameReader;
import io.portolan.processor.parse.IanaTableReader;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableFormat;
import io.portolan.processor.validate.CuratedNames;
import java.io.IOException;
import java.io.InputStream;
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
  static final String REGISTRY = "io/portolan/data/iana.csv";

  /** The date of the bundled registry, read once per class loader. */
  private static volatile String registryDate;

  private BundledNaming() {}

  /**
   * Returns the services of the bundled catalog read from {@code table}, in {@code format}, with the
   * curated names and the registry date applied.
   */
  static List<Service> apply(TableFormat format, Table table, List<Service> services, Problems problems) {
    String date;
    if (format == TableFormat.IANA) {
      date = table.date();
      registryDate = date; // the bundled registry, just read: the well-known catalog need not read it again
    } else {
      date = registryDate(problems);
    }
    SourceText names = load(NAMES, problems);
    if (names == null) {
      return services;
    }
    return CuratedNames.apply(CuratedNames.withRegistryDate(services, date),
        CuratedNameReader.read(names, problems), problems);
  }

  /** Returns the newest registration or modification date of the bundled registry, or empty. */
  static String registryDate(Problems problems) {
    String date = registryDate;
    if (date == null) {
      SourceText registry = load(REGISTRY, problems);
      date = registry == null ? "" : new IanaTableReader().read(registry, new Problems()).date();
      registryDate = date;
    }
    return date;
  }

  private static SourceText load(String resource, Problems problems) {
    try (InputStream in = BundledNaming.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        problems.add(Message.SOURCE_NOT_FOUND, "", resource, "the processor's class path (is portolan-data on it?)");
        return null;
      }
      return SourceText.decode(resource, in.readAllBytes(), problems);
    } catch (IOException e) {
      problems.add(Message.SOURCE_UNREADABLE, "", resource, e.getMessage());
      return null;
    }
  }
}
