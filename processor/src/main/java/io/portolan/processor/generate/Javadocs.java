package io.portolan.processor.generate;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.internal.ServiceFields;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Deprecation;
import io.portolan.processor.model.Provenance;
import io.portolan.processor.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the Javadoc of generated constants, and makes any table text safe to put in it.
 *
 * <p>Table text is data, never markup: every character that could end the comment, start a tag or
 * an entity, or form a Unicode escape is written as an HTML character reference, and so is every
 * character outside printable ASCII. Line breaks and other control characters become spaces or
 * U+FFFD. The text the user reads is the table's, and the source stays plain ASCII.
 */
public final class Javadocs {
  /** A source that is a web page, linked: https, and no character that would end the attribute. */
  private static final Pattern WEB_SOURCE = Pattern.compile("https://[A-Za-z0-9.-]+(/[^\\s\"'<>\\\\`{}|^]*)?");

  /** A source that is a Debian package's file: {@code debian:PACKAGE VERSION /path}. */
  private static final Pattern DEBIAN_SOURCE = Pattern.compile("debian:(\\S+ \\S+) (/\\S+)");

  private Javadocs() {}

  /** Returns {@code text} as safe Javadoc HTML that reads as the text. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int length = text.length();
    for (int i = 0; i < length; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '/' -> out.append(out.length() > 0 && out.charAt(out.length() - 1) == '*' ? "&#47;" : "/");
        case '\t', '\n', '\r', '\f', 0x0B -> out.append(' ');
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
              || Character.getType(c) == Character.UNASSIGNED) {
            out.append("&#xfffd;");
          } else if (c > 0x7E) {
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            out.append((char) c);
          }
        }
      }
    }
    return out.toString().strip();
  }

  /** The longest line of Javadoc text the generator writes, before JavaPoet's indent and {@code * }. */
  static final int LINE_WIDTH = 92;

  /**
   * Returns {@code doc} with every line longer than {@link #LINE_WIDTH} broken at spaces. A word
   * longer than a line stays whole.
   */
  public static String wrap(String doc) {
    StringBuilder wrapped = new StringBuilder(doc.length() + 32);
    for (String line : doc.split("\n", -1)) {
      if (wrapped.length() > 0) {
        wrapped.append('\n');
      }
      while (line.length() > LINE_WIDTH) {
        int space = line.lastIndexOf(' ', LINE_WIDTH);
        if (space <= 0) {
          space = line.indexOf(' ', LINE_WIDTH);
          if (space < 0) {
            break;
          }
        }
        wrapped.append(line, 0, space).append('\n');
        line = line.substring(space + 1);
      }
      wrapped.append(line);
    }
    return wrapped.toString();
  }

  /**
   * Returns the Javadoc of a service's constant: its description, then its port, transports,
   * assignment and names, then links to the RFCs it cites.
   */
  public static String of(Service service) {
    StringBuilder doc = new StringBuilder();
    String description = escape(service.description());
    if (description.isEmpty()) {
      description = "The <code>" + escape(service.effectiveServiceName()) + "</code> service";
    }
    doc.append(description);
    if (!description.matches(".*[.!?]$")) {
      doc.append('.');
    }
    doc.append(transportDescriptions(service));
    doc.append("\n\n<p>")
        .append(service.isRange()
            ? "Ports " + service.firstPort() + " to " + service.lastPort()
            : "Port " + service.firstPort())
        .append(transports(service.transports()))
        .append(". ")
        .append(assignment(service));
    if (!service.serviceName().isEmpty()) {
      doc.append(" Service name <code>").append(escape(service.serviceName())).append("</code>.");
    } else {
      doc.append(" The table names no IANA service for this use; the service name <code>")
          .append(escape(service.effectiveServiceName())).append("</code> is derived from the constant.");
    }
    if (!service.aliases().isEmpty()) {
      List<String> aliases = new ArrayList<>();
      service.aliases().forEach(alias -> aliases.add("<code>" + escape(alias) + "</code>"));
      doc.append(" Also known as ").append(String.join(", ", aliases)).append('.');
    }
    doc.append('\n');
    if (!service.provenance().isEmpty()) {
      doc.append("\n<p>").append(provenance(service.provenance())).append('\n');
    }
    if (!service.rfcs().isEmpty()) {
      doc.append('\n');
      for (int rfc : service.rfcs()) {
        doc.append("@see <a href=\"").append(ServiceFields.RFC_LINK).append(rfc).append("\">RFC ")
            .append(rfc).append("</a>\n");
      }
    }
    return wrap(doc.toString());
  }

  /**
   * Returns where the service's {@code assignment()} comes from: the IANA registry and its date
   * where the catalog follows one, else the table's own label; then, where the table keeps the
   * label of its own source and that differs or the table notes something, both.
   */
  static String assignment(Service service) {
    boolean official = service.assignment() == Assignment.OFFICIAL;
    StringBuilder claim = new StringBuilder();
    if (service.isDeprecated()) {
      // The registry no longer assigns a retired name (RetiredServices makes it unofficial).
      claim.append("Unofficial: the registry no longer assigns this name (see below).");
    } else if (!service.registryDate().isEmpty()) {
      String registry = "IANA's registry of " + escape(service.registryDate());
      claim.append(official ? "Official: assigned in " + registry + "." : "Unofficial: not assigned in " + registry + ".");
    } else {
      claim.append(official ? "Official: the table lists this use as assigned by IANA."
          : "Unofficial: the table lists this use as not assigned by IANA.");
    }
    boolean seedDiffers = !service.seedStatus().isEmpty()
        && !service.seedStatus().equalsIgnoreCase(service.assignment().name());
    if (seedDiffers || !service.statusNote().isEmpty()) {
      List<String> clauses = new ArrayList<>();
      if (!service.seedStatus().isEmpty()) {
        String seed = service.seedStatus().toLowerCase(Locale.ROOT);
        clauses.add("Listed as " + Character.toUpperCase(seed.charAt(0)) + seed.substring(1)
            + " in the " + (service.registryDate().isEmpty() ? "table's source" : "well-known ports table"));
      }
      if (!service.statusNote().isEmpty()) {
        clauses.add(escape(service.statusNote()));
      }
      String note = String.join("; ", clauses);
      claim.append(' ').append(Character.toUpperCase(note.charAt(0))).append(note.substring(1));
      if (!note.matches(".*[.!?]$")) {
        claim.append('.');
      }
    }
    return claim.toString();
  }

  /**
   * Returns, for a service whose rows had different descriptions, the description of each transport
   * in a paragraph of its own; otherwise nothing.
   */
  private static String transportDescriptions(Service service) {
    if (service.transportDescriptions().isEmpty()) {
      return "";
    }
    StringBuilder doc = new StringBuilder("\n\n<p>By transport:");
    List<String> parts = new ArrayList<>();
    service.transportDescriptions().forEach((transport, text) ->
        parts.add(" " + transport.name().toUpperCase(Locale.ROOT) + ": " + (text.isEmpty() ? "(no description)"
            : escape(text))));
    doc.append(String.join(";", parts));
    doc.append(parts.get(parts.size() - 1).matches(".*[.!?]$") ? "" : ".");
    return doc.toString();
  }

  /**
   * Returns where a service's facts come from, as the table's provenance columns say: the product's
   * default and the version it holds for, per the product's own documentation (linked) or its Debian
   * package's default configuration; any other source as text.
   */
  static String provenance(Provenance provenance) {
    StringBuilder text = new StringBuilder(provenance.product().isEmpty() ? "The default"
        : escape(provenance.product()) + "'s default");
    if (!provenance.version().isEmpty()) {
      text.append(" (version ").append(escape(provenance.version())).append(')');
    }
    String source = provenance.source();
    Matcher debian = DEBIAN_SOURCE.matcher(source);
    if (WEB_SOURCE.matcher(source).matches()) {
      text.append(", per <a href=\"").append(escape(source)).append("\">the product's own documentation</a>");
    } else if (debian.matches()) {
      text.append(", per the default configuration of Debian's package <code>").append(escape(debian.group(1)))
          .append("</code>, <code>").append(escape(debian.group(2))).append("</code>");
    } else if (!source.isEmpty()) {
      text.append(", per <code>").append(escape(source)).append("</code>");
    }
    return text.append('.').toString();
  }

  /**
   * Returns the Javadoc of a service's other constant name {@code other}: that it is Portolan's name
   * for IANA's keyword, or the naming rule's name for it where Portolan's name leads, and why.
   */
  public static String ofOtherName(Service service, Service.OtherName other) {
    String reason = escape(other.reason());
    String which = other.byRule() ? "The naming rule's name for IANA's <code>" : "Portolan's name for IANA's <code>";
    String same = other.byRule() ? ", the same service as {@link #" + service.constant() + "}, Portolan's name for it."
        : ", the same service as {@link #" + service.constant() + "}.";
    return wrap(which + escape(other.keyword()) + "</code> on port " + service.portText() + same + "\n\n<p>"
        + reason + (reason.matches(".*[.!?]$") ? "" : ".") + "\n");
  }

  /**
   * Returns {@code doc}, the Javadoc of a service's constant, with the {@code @deprecated} tag of a
   * deprecated service after it, saying what happened
   * and when, and what to use instead: {@code Renamed pmproxy by IANA on 2025-09-26; use {@link
   * #PMPROXY}}. A constant of {@code catalog} it names is linked (the typed catalog and the
   * constants class both have it). A current service's {@code doc} is returned unchanged.
   */
  public static String deprecated(String doc, Service service, Catalog catalog) {
    if (!service.isDeprecated()) {
      return doc;
    }
    Deprecation deprecation = service.deprecation();
    StringBuilder tag = new StringBuilder("@deprecated ").append(escape(deprecation.phrase()));
    Service replacement = switch (deprecation.why()) {
      case "renamed" -> catalog.lookupNames().get(Catalog.key(deprecation.replacement()));
      case "moved" -> catalog.lookupNames().get(Catalog.key(service.serviceName()));
      default -> null;
    };
    if (replacement != null && !replacement.isDeprecated()) {
      tag.append("; use {@link #").append(replacement.constant()).append('}');
    } else if (!deprecation.why().equals("renamed") && !deprecation.why().equals("moved")) {
      List<String> now = new ArrayList<>();
      for (Service other : catalog.services()) {
        if (!other.isDeprecated() && other.firstPort() <= service.lastPort() && service.firstPort() <= other.lastPort()) {
          now.add("{@link #" + other.constant() + "}");
        }
      }
      String ports = service.isRange() ? "ports " + service.portText() : "port " + service.portText();
      tag.append(now.isEmpty() ? "; no service of this catalog uses " + ports + " now"
          : "; " + ports + " now " + (now.size() == 1 ? "has " : "have ") + String.join(", ", now));
    }
    return doc + (doc.contains("\n@") ? "" : "\n") + wrap(tag.append(".\n").toString());
  }

  /**
   * Returns the paragraph of a typed catalog's Javadoc on its deprecated services, or empty when
   * it has none.
   */
  public static String deprecatedServices(Catalog catalog) {
    long count = catalog.services().stream().filter(Service::isDeprecated).count();
    if (count == 0) {
      return "";
    }
    return "<p>The last " + count + " services are deprecated: names that left the registry, or lost their port,"
        + " kept with their numbers so that code using them still compiles ({@link #isDeprecated()}"
        + " tells them apart, their constants' Javadoc says when and why). {@code byNumber(int)} leaves them out,"
        + " {@code byServiceName(String)} finds them only by names no current service has, and {@code all()}"
        + " lists them after the current services.\n\n";
  }

  private static String transports(Set<Transport> transports) {
    if (transports.isEmpty()) {
      return " (the table names no transport)";
    }
    List<String> names = new ArrayList<>();
    transports.forEach(transport -> names.add(transport.name().toUpperCase(Locale.ROOT)));
    if (names.size() == 1) {
      return " over " + names.get(0);
    }
    return " over " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
