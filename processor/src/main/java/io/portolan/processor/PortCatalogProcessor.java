package io.portolan.processor;

import com.google.auto.service.AutoService;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import io.portolan.processor.request.CatalogRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
import javax.tools.JavaFileObject;

/**
 * Generates, for each {@code @PortCatalog}, a typed catalog and a class of {@code int} constants in
 * the annotated element's package.
 *
 * <p>This class is the glue between javac and {@link CatalogCompiler}, which makes every decision:
 * it reads the annotation by the names of its values, hands the request and a loader of the user's
 * files to the compiler, writes the sources it returns through the Filer and reports its problems
 * through the Messager, on the annotation. Nothing is written for a catalog with errors. The
 * processor never throws: an unexpected failure is one error, too.
 */
@AutoService(Processor.class)
public final class PortCatalogProcessor extends AbstractProcessor {
  private static final String GENERATED = "javax.annotation.processing.Generated";
  private static final String GENERATED_MODULE = "java.compiler";

  /** Qualified names of the types generated so far, across rounds. */
  private final Set<String> generatedTypes = new HashSet<>();

  /**
   * Qualified names of the top-level types of this compilation's sources, across rounds. A type
   * that only a class file gives (the previous output, when a build recompiles with it on the
   * class path) is none of them, and is generated again.
   */
  private final Set<String> sourceTypes = new HashSet<>();

  /**
   * Supports {@code @PortCatalog} and also the {@code @Generated} it writes on its own sources, which
   * no other processor claims and which javac's {@code -Xlint:processing} would otherwise warn about.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(CatalogAnnotations.CATALOG, CatalogAnnotations.CATALOGS, GENERATED);
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
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      sourceTypes.add(type.getQualifiedName().toString());
    }
    Set<Element> annotated = new LinkedHashSet<>();
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(GENERATED)) {
        continue;
      }
      annotated.addAll(round.getElementsAnnotatedWith(annotation));
    }
    for (Element element : annotated) {
      List<AnnotationMirror> catalogs = CatalogAnnotations.catalogsOn(element);
      for (AnnotationMirror mirror : catalogs) {
        processCatalog(element, mirror, catalogs.size() > 1);
      }
    }
    return true;
  }

  /**
   * Compiles one catalog and reports its problems; with {@code several} catalogs on the element,
   * which javac reports at one place, each message names its catalog.
   */
  private void processCatalog(Element element, AnnotationMirror mirror, boolean several) {
    CatalogAnnotations annotation = new CatalogAnnotations(processingEnv.getElementUtils(), element, mirror);
    List<Problem> problems;
    String catalog = "";
    try {
      CatalogRequest request = annotation.toRequest(generatedVisibleFrom(element),
          processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_15) >= 0);
      if (several) {
        String typeName = request.typeName().isEmpty() ? CatalogCompiler.defaultTypeName(request.source())
            : request.typeName();
        catalog = " (catalog " + Message.echo(typeName) + " from \"" + Message.echo(request.source()) + "\")";
      }
      String catalogPath = processingEnv.getOptions().get(Option.CATALOG_PATH.key());
      CatalogCompiler.Sources result =
          CatalogCompiler.compileSources(request, new SourceLoader(processingEnv.getFiler(), catalogPath));
      problems = new ArrayList<>(result.problems());
      if (!result.hasErrors()) {
        problems.addAll(write(result.files(), element));
      }
    } catch (RuntimeException | Error e) {
      // Whatever went wrong, one error on the annotation; a processor that throws ends javac.
      problems = List.of(new Problem(Message.INTERNAL_ERROR, "", e));
    }
    for (Problem problem : problems) {
      AnnotationValue value = annotation.valueFor(problem.message());
      processingEnv.getMessager().printMessage(problem.message().kind(), problem.text() + catalog, element, mirror,
          value);
    }
  }

  /** Checks the names of the files are free, and only then writes them; returns the problems. */
  private List<Problem> write(List<CatalogCompiler.GeneratedFile> files, Element element) {
    List<Problem> problems = new ArrayList<>();
    for (CatalogCompiler.GeneratedFile file : files) {
      String name = file.qualifiedName();
      if (generatedTypes.contains(name)) {
        problems.add(new Problem(Message.DUPLICATE_TYPE, "", name));
      } else if (sourceTypes.contains(name)) {
        problems.add(new Problem(Message.TYPE_EXISTS, "", name));
      }
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    // Every file is created before any is written, so that a name the Filer refuses leaves no
    // file written behind.
    List<JavaFileObject> sources = new ArrayList<>();
    for (CatalogCompiler.GeneratedFile file : files) {
      generatedTypes.add(file.qualifiedName());
      try {
        sources.add(processingEnv.getFiler().createSourceFile(file.qualifiedName(), element));
      } catch (IOException e) {
        problems.add(new Problem(Message.SOURCE_NOT_WRITTEN, "", file.qualifiedName(), e.getMessage()));
        return problems;
      }
    }
    for (int i = 0; i < files.size(); i++) {
      try (Writer writer = sources.get(i).openWriter()) {
        writer.write(files.get(i).content());
      } catch (IOException e) {
        problems.add(new Problem(Message.SOURCE_NOT_WRITTEN, "", files.get(i).qualifiedName(), e.getMessage()));
      }
    }
    return problems;
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
}
