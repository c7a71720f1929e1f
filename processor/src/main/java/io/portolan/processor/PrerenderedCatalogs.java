package io.portolan.processor;

import io.portolan.processor.generate.GeneratedSources;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.request.CatalogRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources of the bundled catalogs for their default request, rendered at Portolan's own build
 * and served from the processor's class path, so that the processor neither reads, validates nor
 * renders a bundled catalog that nobody filtered or renamed.
 *
 * <p>{@link #main} runs at the processor module's build, after its classes are compiled: for each
 * bundled catalog and each value of {@code textBlocks} it runs {@link CatalogCompiler#compile} on
 * the default request in a placeholder package, and writes the two sources without their package
 * line, and the problems the compile reported, as resources beside the classes. The sources are
 * stored with {@code @Generated}; the variant without it is derived, and the build checks the
 * derivation gives exactly what the compiler renders. {@link #serve} puts the request's package
 * back. {@link CatalogCompiler#compileSources} decides which requests are served.
 */
final class PrerenderedCatalogs {
  /** The package the sources are rendered in at the build: a name no source holds otherwise. */
  static final String PLACEHOLDER_PACKAGE = "portolan.prerendered.placeholder";

  private static final String DIRECTORY = "io/portolan/processor/prerendered/";

  /** The version of the index's layout; an index of another version is not served. */
  private static final int FORMAT = 1;

  private static final String GENERATED_IMPORT = "import javax.annotation.processing.Generated;\n";
  private static final String GENERATED_ANNOTATION = "\n@Generated(\"" + GeneratedSources.GENERATOR + "\")\n";

  private PrerenderedCatalogs() {}

  /**
   * Returns the sources and problems of {@code request}, a default request of a bundled catalog,
   * from the prerendered resources; empty when they are not on the class path (a build that did not
   * prerender) or when the request's package is one the sources import from, where the compiler
   * writes those types unimported.
   */
  static Optional<CatalogCompiler.Sources> serve(CatalogRequest request) {
    Optional<BundledCatalog> catalog = BundledCatalog.of(request.source());
    Index index = catalog.isPresent() ? readIndex(catalog.get()) : null;
    if (index == null) {
      return Optional.empty();
    }
    List<CatalogCompiler.GeneratedFile> files = new ArrayList<>(2);
    String prefix = request.packageName().isEmpty() ? "" : request.packageName() + ".";
    // ASCII, as every generated source: a package name outside ASCII is written in Unicode escapes.
    String packageLine = request.packageName().isEmpty() ? ""
        : GeneratedSources.ascii("package " + request.packageName() + ";\n\n");
    for (StoredFile file : index.files(request.textBlocks())) {
      String body = readText(file.resource());
      if (body == null || importsFrom(body, request.packageName())) {
        return Optional.empty();
      }
      String content = packageLine + (request.generatedAnnotation() ? body : withoutGenerated(body));
      files.add(new CatalogCompiler.GeneratedFile(prefix + file.simpleName(), content));
    }
    return Optional.of(new CatalogCompiler.Sources(List.copyOf(files), index.problems()));
  }

  /**
   * Tells whether {@code body} imports a type of {@code packageName} or of a package inside it. In
   * a file of that package the compiler would write that type unimported, so such a request is
   * compiled instead.
   */
  static boolean importsFrom(String body, String packageName) {
    if (packageName.isEmpty()) {
      return false;
    }
    String own = "import " + packageName + ".";
    for (int line = 0; body.startsWith("import ", line); line = body.indexOf('\n', line) + 1) {
      if (body.startsWith(own, line)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@code body} without {@code @Generated}: its import (and the blank line after the
   * imports, if it was the only one) and the annotation's line.
   */
  static String withoutGenerated(String body) {
    int importAt = body.indexOf(GENERATED_IMPORT);
    int annotationAt = body.indexOf(GENERATED_ANNOTATION);
    if (importAt < 0 || annotationAt < importAt) {
      throw new IllegalStateException("a prerendered source without @Generated and its import");
    }
    int importEnd = importAt + GENERATED_IMPORT.length();
    if (importAt == 0 && body.startsWith("\n", importEnd)) {
      importEnd++;
    }
    return body.substring(0, importAt) + body.substring(importEnd, annotationAt + 1)
        + body.substring(annotationAt + GENERATED_ANNOTATION.length());
  }

  /** One source of the index: its type's simple name and the resource holding its text. */
  private record StoredFile(String simpleName, String resource) {}

  /**
   * What the index of one bundled catalog holds.
   *
   * @param problems what the compile reported, the same for every variant
   * @param withoutTextBlocks the typed catalog and the constants class for Java 8 to 14
   * @param withTextBlocks the same for Java 15 and later
   */
  private record Index(List<Problem> problems, List<StoredFile> withoutTextBlocks, List<StoredFile> withTextBlocks) {
    List<StoredFile> files(boolean textBlocks) {
      return textBlocks ? withTextBlocks : withoutTextBlocks;
    }
  }

  private static String indexResource(BundledCatalog catalog) {
    return DIRECTORY + catalog.shortName() + ".index";
  }

  private static Index readIndex(BundledCatalog catalog) {
    byte[] bytes = readResource(indexResource(catalog));
    if (bytes == null) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        return null;
      }
      List<Problem> problems = new ArrayList<>();
      for (int count = in.readInt(); count > 0; count--) {
        Message message = Message.valueOf(in.readUTF());
        String location = in.readUTF();
        Object[] args = new Object[in.readInt()];
        for (int i = 0; i < args.length; i++) {
          args[i] = in.readBoolean() ? (Object) in.readInt() : in.readUTF();
        }
        problems.add(new Problem(message, location, args));
      }
      List<List<StoredFile>> variants = new ArrayList<>();
      for (int variant = 0; variant < 2; variant++) {
        variants.add(List.of(new StoredFile(in.readUTF(), in.readUTF()), new StoredFile(in.readUTF(), in.readUTF())));
      }
      return new Index(List.copyOf(problems), variants.get(0), variants.get(1));
    } catch (IOException e) {
      return null;
    }
  }

  /** Returns the text of a prerendered source, plain ASCII, or null when it is missing. */
  private static String readText(String resource) {
    byte[] bytes = readResource(resource);
    return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Returns the bytes of a resource of the processor's class path, or null when it is missing or unreadable. */
  static byte[] readResource(String resource) {
    try (InputStream in = PrerenderedCatalogs.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Prerenders every bundled catalog into the class output directory {@code args[0]}; fails when a
   * catalog does not compile cleanly into sources that differ only by their package line, or when
   * what {@link #serve} would give differs from what {@link CatalogCompiler#compile} gives.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrerenderedCatalogs CLASS_OUTPUT_DIRECTORY");
    }
    Path output = Path.of(args[0]);
    for (BundledCatalog catalog : BundledCatalog.values()) {
      prerender(catalog, output);
    }
  }

  private static void prerender(BundledCatalog catalog, Path output) throws IOException {
    String source = catalog.id();
    Map<String, String> texts = new LinkedHashMap<>();
    List<List<StoredFile>> variants = new ArrayList<>();
    Map<CatalogRequest, CatalogCompiler.Result> compiled = new LinkedHashMap<>();
    List<Problem> problems = null;
    for (boolean textBlocks : new boolean[] {false, true}) {
      CatalogCompiler.Result annotated = compile(source, textBlocks, true, compiled);
      CatalogCompiler.Result plain = compile(source, textBlocks, false, compiled);
      if (problems == null) {
        problems = annotated.problems();
      }
      for (CatalogCompiler.Result result : List.of(annotated, plain)) {
        if (!sameProblems(problems, result.problems())) {
          throw new IllegalStateException(source + ": the variants report different problems: " + problems + " and "
              + result.problems());
        }
      }
      List<StoredFile> files = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String simpleName = simpleName(annotated.files().get(i));
        String body = body(annotated.files().get(i));
        if (!withoutGenerated(body).equals(body(plain.files().get(i)))) {
          throw new IllegalStateException(source + ": " + simpleName + " without @Generated is not the source with"
              + " @Generated less its import and its annotation; store both variants");
        }
        String resource = storedResource(texts, catalog, simpleName, textBlocks, body);
        files.add(new StoredFile(simpleName, resource));
      }
      variants.add(files);
    }
    for (Map.Entry<String, String> text : texts.entrySet()) {
      write(output.resolve(text.getKey()), text.getValue().getBytes(StandardCharsets.ISO_8859_1));
    }
    write(output.resolve(indexResource(catalog)), index(problems, variants));
    compiled.forEach((request, result) -> {
      CatalogCompiler.Sources served = serve(request).orElseThrow(() -> new IllegalStateException(
          "the prerendered " + source + " is not on the class path of " + PrerenderedCatalogs.class.getName()));
      if (!served.files().equals(result.files()) || !sameProblems(result.problems(), served.problems())) {
        throw new IllegalStateException("the prerendered " + source + " is served otherwise than compiled for "
            + request);
      }
    });
  }

  /**
   * Returns the resource of a source's {@code body}: one already stored when another variant's
   * body is the same text (the constants class does not depend on {@code textBlocks}).
   */
  private static String storedResource(Map<String, String> texts, BundledCatalog catalog, String simpleName,
      boolean textBlocks, String body) {
    for (Map.Entry<String, String> stored : texts.entrySet()) {
      if (stored.getValue().equals(body)) {
        return stored.getKey();
      }
    }
    String resource = DIRECTORY + catalog.shortName() + "/" + simpleName
        + (textBlocks ? "-text-blocks" : "") + ".txt";
    texts.put(resource, body);
    return resource;
  }

  /** Compiles the default request of {@code source} in the placeholder package, and records it in {@code compiled}. */
  private static CatalogCompiler.Result compile(String source, boolean textBlocks, boolean generatedAnnotation,
      Map<CatalogRequest, CatalogCompiler.Result> compiled) {
    CatalogRequest request = CatalogRequest.builder(PLACEHOLDER_PACKAGE, source)
        .textBlocks(textBlocks)
        .generatedAnnotation(generatedAnnotation)
        .build();
    CatalogCompiler.Result result = CatalogCompiler.compile(request, (path, problems) -> {
      throw new IllegalStateException("a bundled catalog is not loaded through the loader");
    });
    if (result.hasErrors() || result.files().size() != 2) {
      throw new IllegalStateException(source + " does not compile: " + texts(result.problems()));
    }
    compiled.put(request, result);
    return result;
  }

  private static String simpleName(CatalogCompiler.GeneratedFile file) {
    String prefix = PLACEHOLDER_PACKAGE + ".";
    if (!file.qualifiedName().startsWith(prefix)) {
      throw new IllegalStateException(file.qualifiedName() + " is not in the placeholder package");
    }
    return file.qualifiedName().substring(prefix.length());
  }

  /**
   * Returns the source without its package line; fails unless the placeholder package occurs in it
   * exactly there, and the source is plain ASCII.
   */
  private static String body(CatalogCompiler.GeneratedFile file) {
    String packageLine = "package " + PLACEHOLDER_PACKAGE + ";\n\n";
    String content = file.content();
    if (!content.startsWith(packageLine) || content.indexOf(PLACEHOLDER_PACKAGE, packageLine.length()) >= 0) {
      throw new IllegalStateException(file.qualifiedName() + ": the placeholder package " + PLACEHOLDER_PACKAGE
          + " occurs elsewhere than in the package line, so the source depends on its package");
    }
    if (!content.chars().allMatch(c -> c < 0x80)) {
      throw new IllegalStateException(file.qualifiedName() + " is not plain ASCII");
    }
    return content.substring(packageLine.length());
  }

  /** Tells whether two lists of problems are the same messages at the same places with the same values. */
  static boolean sameProblems(List<Problem> expected, List<Problem> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      Problem a = expected.get(i);
      Problem b = actual.get(i);
      if (a.message() != b.message() || !a.location().equals(b.location()) || !Arrays.equals(a.args(), b.args())
          || !a.text().equals(b.text())) {
        return false;
      }
    }
    return true;
  }

  private static byte[] index(List<Problem> problems, List<List<StoredFile>> variants) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      out.writeInt(problems.size());
      for (Problem problem : problems) {
        out.writeUTF(problem.message().name());
        out.writeUTF(problem.location());
        out.writeInt(problem.args().length);
        for (Object arg : problem.args()) {
          if (arg instanceof Integer number) {
            out.writeBoolean(true);
            out.writeInt(number);
          } else if (arg instanceof String text) {
            out.writeBoolean(false);
            out.writeUTF(text);
          } else {
            throw new IllegalStateException(problem.message() + " has a value that is no Integer or String: " + arg);
          }
        }
      }
      for (List<StoredFile> files : variants) {
        for (StoredFile file : files) {
          out.writeUTF(file.simpleName());
          out.writeUTF(file.resource());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static List<String> texts(List<Problem> problems) {
    return problems.stream().map(Problem::text).toList();
  }
}
