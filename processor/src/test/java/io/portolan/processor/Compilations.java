package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with {@link PortCatalogProcessor} and reads what the compilation made. */
final class Compilations {
  private Compilations() {}

  /** Returns javac with the processor, finding user tables in {@code catalogPath}. */
  static Compiler javac(Path catalogPath, String... options) {
    List<Object> all = new ArrayList<>();
    all.add("-A" + Option.CATALOG_PATH.key() + "=" + catalogPath);
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(new PortCatalogProcessor()).withOptions(all);
  }

  /** Compiles {@code sources} with the processor, finding user tables in {@code catalogPath}. */
  static Compilation compile(Path catalogPath, JavaFileObject... sources) {
    return javac(catalogPath).compile(sources);
  }

  /**
   * A compilation and the sources the processor created in it. compile-testing shows no generated
   * file of a failed compilation, so this records them as the processor asks its Filer for them.
   */
  record Outcome(Compilation compilation, List<String> generated) {}

  /** Compiles like {@link #compile}, recording the sources the processor creates, even if it fails. */
  static Outcome compileRecording(Path catalogPath, JavaFileObject... sources) {
    return compileRecording(catalogPath, new String[0], sources);
  }

  /** Compiles with {@code options}, recording the sources the processor creates, even if it fails. */
  static Outcome compileRecording(Path catalogPath, String[] options, JavaFileObject... sources) {
    List<String> generated = new ArrayList<>();
    Compilation compilation = javac(catalogPath, options)
        .withProcessors(new RecordingProcessor(generated))
        .compile(sources);
    return new Outcome(compilation, List.copyOf(generated));
  }

  /**
   * Returns {@code package-info.java} of {@code pkg}, annotated with {@code annotations}, such as
   * {@code "@PortCatalog(source = \"t.csv\")"}; {@code io.portolan.*} is imported.
   */
  static JavaFileObject packageInfo(String pkg, String... annotations) {
    return JavaFileObjects.forSourceString(pkg + ".package-info", "/** Port catalogs for a test. */\n"
        + String.join("\n", annotations) + "\npackage " + pkg + ";\n\nimport io.portolan.*;\n");
  }

  /** Returns a source file of the class {@code qualifiedName} with the text {@code code}. */
  static JavaFileObject source(String qualifiedName, String code) {
    return JavaFileObjects.forSourceString(qualifiedName, code);
  }

  /** Returns the text of the generated source of {@code qualifiedName}; fails if there is none. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("no generated source " + qualifiedName + " in " + compilation));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the messages of the diagnostics of {@code kind}, in order. */
  static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    List<String> messages = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == kind) {
        messages.add(diagnostic.getMessage(Locale.ROOT));
      }
    }
    return messages;
  }

  /** Returns the messages of every diagnostic, whatever its kind, in order. */
  static List<String> allMessages(Compilation compilation) {
    return compilation.diagnostics().stream().map(diagnostic -> diagnostic.getKind() + ": "
        + diagnostic.getMessage(Locale.ROOT)).toList();
  }

  /** Asserts that the compilation succeeded without any diagnostic other than notes. */
  static void assertClean(Compilation compilation) {
    assertSucceeded(compilation);
  }

  /** Asserts that the compilation succeeded, with no warning but those of {@code allowed}. */
  static void assertSucceeded(Compilation compilation, Message... allowed) {
    List<String> unexpected = compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
        .map(diagnostic -> diagnostic.getKind() + ": " + diagnostic.getMessage(Locale.ROOT))
        .filter(text -> List.of(allowed).stream().noneMatch(message -> text.contains(message.tag())))
        .toList();
    assertTrue(compilation.status() == Compilation.Status.SUCCESS && unexpected.isEmpty(),
        () -> "expected a successful compilation, got " + compilation.status() + " with " + unexpected);
  }

  /**
   * Returns a class loader over the class files the compilation wrote (compile-testing keeps them
   * in memory), whose parent is the test's class loader, so that the generated types implement the
   * test's own {@code io.portolan.ServicePort}.
   */
  static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      int start = path.indexOf("/CLASS_OUTPUT/");
      String name = path.substring(start + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
          .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader("compiled", Compilations.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  /** {@link PortCatalogProcessor}, given a Filer that records the names of the sources created. */
  private static final class RecordingProcessor extends AbstractProcessor {
    private final PortCatalogProcessor processor = new PortCatalogProcessor();
    private final List<String> generated;

    RecordingProcessor(List<String> generated) {
      this.generated = generated;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = forward(Filer.class, env.getFiler(), (method, args) -> {
        if (method.getName().equals("createSourceFile")) {
          generated.add(args[0].toString());
        }
        return null;
      });
      processor.init(forward(ProcessingEnvironment.class, env,
          (method, args) -> method.getName().equals("getFiler") ? filer : null));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }

    /**
     * Returns a proxy of {@code type} that forwards every call to {@code target}, unless
     * {@code handler} returns something else than null for it.
     */
    private static <T> T forward(Class<T> type, T target, BiFunction<Method, Object[], Object> handler) {
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
        Object result = handler.apply(method, args);
        if (result != null) {
          return result;
        }
        try {
          return method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }));
    }
  }
}
