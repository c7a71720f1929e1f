package io.portolan.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.portolan.PortCatalog;
import io.portolan.processor.generate.ConstantsGenerator;
import io.portolan.processor.generate.EnumGenerator;
import io.portolan.processor.generate.GeneratedSources;
import io.portolan.processor.generate.TableGenerator;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.parse.Formats;
import io.portolan.processor.parse.SourceText;
import io.portolan.processor.parse.Table;
import io.portolan.processor.parse.TableReader;
import io.portolan.processor.validate.CatalogBuilder;
import io.portolan.processor.validate.CatalogRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates, for each {@link PortCatalog}, a typed catalog and a class of {@code int} constants in
 * the annotated element's package.
 *
 * <p>Each catalog goes through three steps: its table is parsed, the rows are validated and merged
 * into services, and only then are both sources generated and written. A problem at any step is
 * reported on the annotation, with the table's file and line, and nothing is written for that
 * catalog. The processor never throws: an unexpected failure is one error, too.
 */
@AutoService(Processor.class)
public final class PortCatalogProcessor extends AbstractProcessor {
  private static final String GENERATED = "javax.annotation.processing.Generated";
  private static final String GENERATED_MODULE = "java.compiler";

  /** Qualified names of the types generated so far, across rounds. */
  private final Set<String> generatedTypes = new HashSet<>();

  /**
   * Supports {@code @PortCatalog} and also the {@code @Generated} it writes on its own sources, which
   * no other processor claims and which javac's {@code -Xlint:processing} would otherwise warn about.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(PortCatalog.class.getCanonicalName(), PortCatalog.List.class.getCanonicalName(), GENERATED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new LinkedHashSet<>();
    for (Option option : Option.values()) {
      options.add(option.key());
    }
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<Element> annotated = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(GENERATED)) {
        continue;
      }
      annotated.addAll(round.getElementsAnnotatedWith(annotation));
    }
    for (Element element : annotated) {
      for (AnnotationMirror mirror : CatalogAnnotations.catalogsOn(element)) {
        processCatalog(element, mirror);
      }
    }
    return true;
  }

  private void processCatalog(Element element, AnnotationMirror mirror) {
    Problems problems = new Problems();
    CatalogAnnotations annotation = new CatalogAnnotations(processingEnv.getElementUtils(), element, mirror);
    try {
      CatalogRequest request = annotation.toRequest(problems);
      Optional<Catalog> catalog = request == null ? Optional.empty() : build(request, problems);
      if (catalog.isPresent() && !problems.hasErrors()) {
        write(catalog.get(), element, problems);
      }
    } catch (RuntimeException | LinkageError e) {
      problems.add(Message.INTERNAL_ERROR, "", e);
    }
    for (Problem problem : problems.toReport()) {
      AnnotationValue value = annotation.valueFor(problem.message());
      processingEnv.getMessager().printMessage(problem.message().kind(), problem.text(), element, mirror, value);
    }
  }

  private Optional<Catalog> build(CatalogRequest request, Problems problems) {
    String catalogPath = processingEnv.getOptions().get(Option.CATALOG_PATH.key());
    SourceLoader loader = new SourceLoader(processingEnv.getFiler(), catalogPath);
    SourceText source = loader.load(request.source(), problems);
    if (source == null) {
      return Optional.empty();
    }
    SourceLoader.Bundled bundled = SourceLoader.BUNDLED.get(request.source());
    PortCatalog.Format format = bundled != null ? bundled.format() : request.format();
    Optional<TableReader> reader = Formats.reader(format, source, problems);
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    Table table = reader.get().read(source, problems);
    if (problems.hasErrors()) {
      return Optional.empty();
    }
    boolean handWritten = bundled == null && format != PortCatalog.Format.IANA;
    return Optional.ofNullable(CatalogBuilder.build(request, table, problems, handWritten));
  }

  /** Generates both sources, checks their names are free, and only then writes them. */
  private void write(Catalog catalog, Element element, Problems problems) {
    ClassName generated = generatedVisibleFrom(element) ? ClassName.bestGuess(GENERATED) : null;
    GeneratedSources sources = new GeneratedSources(generated);
    JavaFile typed = catalog.table() ? TableGenerator.generate(catalog, sources) : EnumGenerator.generate(catalog, sources);
    List<JavaFile> files = List.of(typed, ConstantsGenerator.generate(catalog, sources));
    for (JavaFile file : files) {
      String name = qualifiedName(file);
      if (generatedTypes.contains(name) || processingEnv.getElementUtils().getTypeElement(name) != null) {
        problems.add(Message.DUPLICATE_TYPE, "", name);
      }
    }
    if (problems.hasErrors()) {
      return;
    }
    for (JavaFile file : files) {
      String name = qualifiedName(file);
      generatedTypes.add(name);
      try {
        JavaFileObject source = processingEnv.getFiler().createSourceFile(name, element);
        try (Writer writer = source.openWriter()) {
          writer.write(GeneratedSources.render(file));
        }
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
            Message.INTERNAL_ERROR.format("cannot write " + name + ": " + e.getMessage()), element);
      }
    }
  }

  /**
   * Tells whether the sources generated for {@code element} can use {@code @Generated}: the
   * consumer compiles for Java 9 or later, the annotation exists, and, in a named module, the
   * module reads {@code java.compiler}, which holds it (a compiler may find the type in a module
   * the consumer's module does not read).
   */
  private boolean generatedVisibleFrom(Element element) {
    Elements elements = processingEnv.getElementUtils();
    if (processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) <= 0
        || elements.getTypeElement(GENERATED) == null) {
      return false;
    }
    ModuleElement module = elements.getModuleOf(element);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    Set<ModuleElement> read = new HashSet<>();
    Deque<ModuleElement> requiring = new ArrayDeque<>(List.of(module));
    while (!requiring.isEmpty()) {
      ModuleElement current = requiring.pop();
      List<? extends ModuleElement.Directive> directives;
      try {
        directives = current.getDirectives();
      } catch (RuntimeException e) {
        // ECJ cannot list the directives of every module; without them, leave @Generated out.
        if (current.equals(module)) {
          return false;
        }
        continue;
      }
      for (RequiresDirective requires : ElementFilter.requiresIn(directives)) {
        ModuleElement dependency = requires.getDependency();
        if ((current.equals(module) || requires.isTransitive()) && read.add(dependency)) {
          if (dependency.getQualifiedName().contentEquals(GENERATED_MODULE)) {
            return true;
          }
          requiring.push(dependency);
        }
      }
    }
    return false;
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
  }
}
