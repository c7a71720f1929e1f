package io.portolan.processor.model;

/**
 * Why a service is kept as a deprecated constant: its name left the registry, or lost its port
 * there, as a row of the bundled {@code iana-retired.csv} records.
 *
 * @param why {@code removed}, {@code de-assigned}, {@code renamed}, {@code moved} or {@code port withdrawn}
 * @param date the date it left, {@code yyyy-mm-dd}
 * @param replacement for {@code renamed}, the new name on the port; for {@code moved}, the new port;
 *     otherwise empty
 * @param reference the RFCs the registry's note cites, such as {@code RFC9900}, space-separated
 */
public record Deprecation(String why, String date, String replacement, String reference) {}
