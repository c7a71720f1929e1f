package io.portolan.processor.precompiled;

import io.portolan.processor.model.Service;
import io.portolan.processor.problem.Problem;
import java.util.List;

/**
 * A bundled catalog read, validated and named, before any request's renames and filters: what every
 * request on a bundled source starts from. Portolan's build makes it from the catalog's tables and
 * stores it precompiled ({@link ModelFile}), so that a consumer's compile reads no table.
 *
 * @param source the catalog's id, such as {@code portolan:iana}
 * @param date the date of the catalog's data, or empty when unknown
 * @param services the named services, in table order
 * @param firstRowLocation where the table's first row is, {@code file:line}: where a request that
 *     keeps no service is reported
 * @param emptyReason how to end the message of a request that keeps no service, such as
 *     {@code " after its filters"}
 * @param problems what reading, validating and naming the tables reported (warnings and notes only:
 *     a catalog with errors is not precompiled)
 */
public record BundledModel(String source, String date, List<Service> services, String firstRowLocation,
    String emptyReason, List<Problem> problems) {
  /** Makes a model, with unmodifiable copies of the lists. */
  public BundledModel {
    services = List.copyOf(services);
    problems = List.copyOf(problems);
  }
}
