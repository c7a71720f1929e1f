package io.portolan.processor.model;

import java.util.List;

/**
 * A validated catalog, ready to generate.
 *
 * @param packageName the package to generate into
 * @param enumName the simple name of the typed catalog
 * @param constantsName the simple name of the class of {@code int} constants
 * @param table whether the typed catalog is a table class rather than an enum
 * @param source the catalog's source, as {@code @PortCatalog(source)} names it
 * @param date the date of the source's data, or empty when unknown
 * @param services the services, ordered by port, official before unofficial, then by table order
 */
public record Catalog(
    String packageName,
    String enumName,
    String constantsName,
    boolean table,
    String source,
    String date,
    List<Service> services) {}
