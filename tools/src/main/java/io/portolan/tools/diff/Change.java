package io.portolan.tools.diff;

/**
 * One changed service: a record of one table (the old one, except for {@link ChangeKind#ADDED}) and
 * what became of it.
 *
 * @param kind what changed
 * @param service the service name as the table spells it
 * @param port the port, or a range such as {@code 6000-6063}
 * @param transport the transport keyword, or {@code -} when the table names none
 * @param before the old value: the old description ({@code REMOVED}, {@code DESCRIPTION_CHANGED}),
 *     the old transports ({@code TRANSPORTS_CHANGED}); otherwise empty
 * @param after the new value: the new name ({@code RENAMED}), port ({@code MOVED}), transports
 *     ({@code TRANSPORTS_CHANGED}) or description ({@code ADDED}, {@code DESCRIPTION_CHANGED})
 * @param date when the registry says the change was made (the modification or registration date of
 *     the record that shows it), or empty when it does not say
 * @param note the registry's assignment note on the record that shows the change, such as
 *     {@code De-assigned on 2025-02-13, previously compressnet}, or empty
 */
public record Change(ChangeKind kind, String service, String port, String transport, String before,
    String after, String date, String note) {}
