package io.portolan.processor;

import io.portolan.processor.precompiled.BundledModel;
import io.portolan.processor.precompiled.ModelFile;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The bundled catalogs' models, precompiled at Portolan's own build into the processor jar, one
 * {@link ModelFile} each, so that any request on a bundled catalog (filtered, renamed, of any shape)
 * starts from the validated services without reading or validating a table.
 *
 * <p>{@link #main} runs at the processor module's build, after its classes are compiled and before
 * {@link PrerenderedCatalogs} renders the default requests from these models: for each bundled
 * catalog it makes the model from the tables ({@link BundledCatalog#buildModel}), fails on any error,
 * writes it beside the classes and checks that it reads back as the same model. A test checks that
 * the models in the class output are those the current tables and pipeline make.
 */
final class PrecompiledCatalogs {
  private static final String DIRECTORY = "io/portolan/processor/precompiled/";

  private PrecompiledCatalogs() {}

  /** Returns the resource of {@code catalog}'s model. */
  static String resource(BundledCatalog catalog) {
    return DIRECTORY + catalog.shortName() + ".model";
  }

  /** Returns the bytes of {@code catalog}'s precompiled model, or null when the class path has none. */
  static byte[] read(BundledCatalog catalog) {
    return PrerenderedCatalogs.readResource(resource(catalog));
  }

  /** Returns the model file {@code catalog}'s current tables and pipeline make. */
  static byte[] make(BundledCatalog catalog) {
    Problems problems = new Problems();
    BundledModel model = catalog.buildModel(problems);
    if (model == null || problems.hasErrors()) {
      throw new IllegalStateException(catalog.id() + " does not compile: "
          + problems.toReport().stream().map(Problem::text).collect(Collectors.joining("; ")));
    }
    return ModelFile.write(model, ModelFile.digest(catalog.tables()));
  }

  /** Precompiles every bundled catalog's model into the class output directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompiledCatalogs CLASS_OUTPUT_DIRECTORY");
    }
    for (BundledCatalog catalog : BundledCatalog.values()) {
      byte[] file = make(catalog);
      BundledModel read = ModelFile.read(file);
      BundledModel built = catalog.buildModel(new Problems());
      if (!read.services().equals(built.services()) || !read.date().equals(built.date())
          || !read.firstRowLocation().equals(built.firstRowLocation())
          || !read.emptyReason().equals(built.emptyReason())
          || !PrerenderedCatalogs.sameProblems(read.problems(), built.problems())) {
        throw new IllegalStateException(catalog.id() + ": the model does not read back as written");
      }
      Path target = Path.of(args[0]).resolve(resource(catalog));
      Files.createDirectories(target.getParent());
      Files.write(target, file);
    }
  }
}
