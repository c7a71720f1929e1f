package io.portolan.processor.request;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.parse.TableFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@code @PortCatalog} asks for, as its values are written: {@link CatalogCompiler} checks
 * them, so a request may hold anything an annotation can.
 *
 * @param packageName the package to generate into, empty for the unnamed package
 * @param source the source, as written: a bundled catalog such as {@code portolan:iana}, or a path
 * @param format the format asked for
 * @param typeName the typed catalog's simple name, or empty for the default
 * @param constantsName the constants class's simple name, or empty for the default
 * @param shape the shape asked for
 * @param ports port filters as written, such as {@code "22"} or {@code "1024-49151"}; empty keeps all
 * @param transports transports to keep; empty keeps all
 * @param assignments assignments to keep; empty keeps all
 * @param include names of the services to keep; empty keeps all
 * @param exclude names of the services to drop
 * @param renames constant names the user gives services, in the annotation's order
 * @param generatedAnnotation whether the sources carry {@code javax.annotation.processing.Generated}
 * @param textBlocks whether the sources may hold text blocks (Java 15 and later), which a table class's
 *     rows then are; otherwise they are string literals joined by {@code +}, which Java 8 reads
 */
public record CatalogRequest(
    String packageName,
    String source,
    TableFormat format,
    String typeName,
    String constantsName,
    Shape shape,
    List<String> ports,
    Set<Transport> transports,
    Set<Assignment> assignments,
    List<String> include,
    List<String> exclude,
    List<Rename> renames,
    boolean generatedAnnotation,
    boolean textBlocks) {

  /** The shapes of typed catalog, named as {@code @PortCatalog(shape)} names them. */
  public enum Shape {
    /** An enum where the catalog fits in one, otherwise a table class. */
    AUTO,
    /** An enum; a catalog too large for one is refused. */
    ENUM,
    /** A final class whose instances are read from compact rows. */
    TABLE
  }

  /**
   * One {@code @PortCatalog.Rename}.
   *
   * @param service the name of the service to rename
   * @param constant the constant name to give it
   */
  public record Rename(String service, String constant) {}

  /** Returns a builder of a request with every value at the annotation's default. */
  public static Builder builder(String packageName, String source) {
    return new Builder(packageName, source);
  }

  /** Builds a {@link CatalogRequest}; every value starts at {@code @PortCatalog}'s default. */
  public static final class Builder {
    private final String packageName;
    private final String source;
    private TableFormat format = TableFormat.AUTO;
    private String typeName = "";
    private String constantsName = "";
    private Shape shape = Shape.AUTO;
    private final List<String> ports = new ArrayList<>();
    private final Set<Transport> transports = EnumSet.noneOf(Transport.class);
    private final Set<Assignment> assignments = EnumSet.noneOf(Assignment.class);
    private final List<String> include = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();
    private final List<Rename> renames = new ArrayList<>();
    private boolean generatedAnnotation;
    private boolean textBlocks;

    private Builder(String packageName, String source) {
      this.packageName = packageName;
      this.source = source;
    }

    /** Sets {@code format}. */
    public Builder format(TableFormat format) {
      this.format = format;
      return this;
    }

    /** Sets {@code typeName}. */
    public Builder typeName(String typeName) {
      this.typeName = typeName;
      return this;
    }

    /** Sets {@code constantsName}. */
    public Builder constantsName(String constantsName) {
      this.constantsName = constantsName;
      return this;
    }

    /** Sets {@code shape}. */
    public Builder shape(Shape shape) {
      this.shape = shape;
      return this;
    }

    /** Adds port filters. */
    public Builder ports(List<String> ports) {
      this.ports.addAll(ports);
      return this;
    }

    /** Adds transports to keep. */
    public Builder transports(Set<Transport> transports) {
      this.transports.addAll(transports);
      return this;
    }

    /** Adds assignments to keep. */
    public Builder assignments(Set<Assignment> assignments) {
      this.assignments.addAll(assignments);
      return this;
    }

    /** Adds names of services to keep. */
    public Builder include(List<String> include) {
      this.include.addAll(include);
      return this;
    }

    /** Adds names of services to drop. */
    public Builder exclude(List<String> exclude) {
      this.exclude.addAll(exclude);
      return this;
    }

    /** Adds a rename. */
    public Builder rename(String service, String constant) {
      renames.add(new Rename(service, constant));
      return this;
    }

    /** Sets whether the sources carry {@code @Generated}. */
    public Builder generatedAnnotation(boolean generatedAnnotation) {
      this.generatedAnnotation = generatedAnnotation;
      return this;
    }

    /** Sets whether the sources may hold text blocks (Java 15 and later). */
    public Builder textBlocks(boolean textBlocks) {
      this.textBlocks = textBlocks;
      return this;
    }

    /** Returns the request. */
    public CatalogRequest build() {
      return new CatalogRequest(packageName, source, format, typeName, constantsName, shape, List.copyOf(ports),
          Set.copyOf(transports), Set.copyOf(assignments), List.copyOf(include), List.copyOf(exclude),
          List.copyOf(renames), generatedAnnotation, textBlocks);
    }
  }
}
