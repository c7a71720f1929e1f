package io.portolan.processor.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
public record Deprecation(String why, String date, String replacement, String reference) {
  private static final Pattern RFC = Pattern.compile("RFC(\\d+)");

  /**
   * Returns what happened, as a phrase: {@code Renamed pmproxy by IANA on 2025-09-26},
   * {@code Port withdrawn by RFC 9900 on 2025-09-29}, {@code De-assigned by IANA on 2025-02-13}.
   */
  public String phrase() {
    String by = " by IANA on " + date;
    Matcher rfc = RFC.matcher(reference);
    if (rfc.find()) {
      by = " by RFC " + rfc.group(1) + " on " + date;
    }
    return switch (why) {
      case "renamed" -> "Renamed " + replacement + by;
      case "moved" -> "Moved to port " + replacement + by;
      case "port withdrawn" -> "Port withdrawn" + by;
      case "de-assigned" -> "De-assigned" + by;
      default -> "Removed from the registry" + by;
    };
  }
}
