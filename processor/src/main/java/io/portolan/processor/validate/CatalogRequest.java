package io.portolan.processor.validate;

import io.portolan.Assignment;
import io.portolan.PortCatalog;
import io.portolan.Transport;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one {@code @PortCatalog} asks for, read from the annotation.
 *
 * @param packageName the package to generate into
 * @param source the source, as written
 * @param format the format asked for
 * @param enumName the typed catalog's simple name
 * @param constantsName the constants class's simple name
 * @param shape the shape asked for
 * @param ports port filter: inclusive {@code [first, last]} pairs; empty keeps all
 * @param transports transports to keep; empty keeps all
 * @param assignments assignments to keep; empty keeps all
 * @param include names of the services to keep; empty keeps all
 * @param exclude names of the services to drop
 * @param renames constant names by the name of the service they rename
 */
public record CatalogRequest(
    String packageName,
    String source,
    PortCatalog.Format format,
    String enumName,
    String constantsName,
    PortCatalog.Shape shape,
    List<int[]> ports,
    Set<Transport> transports,
    Set<Assignment> assignments,
    List<String> include,
    List<String> exclude,
    Map<String, String> renames) {}
