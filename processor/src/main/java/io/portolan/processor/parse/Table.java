package io.portolan.processor.parse;

import java.util.List;

/**
 * The rows read from a port table.
 *
 * @param rows the rows that could be read, in table order
 * @param date the newest date the table records for its data, such as {@code 2026-02-25}, or empty
 */
public record Table(List<TableRow> rows, String date) {}
