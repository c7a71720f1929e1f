package io.portolan.checks;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles sources with either front end and returns its findings as {@code File.java:line: message}. */
final class FrontEnds {
  private static final String TAG = "[MagicPortNumber] ";

  private FrontEnds() {}

  /** The findings of the javac plugin, {@code -Xplugin:MagicPortNumber}, on a plain javac, with more options. */
  static List<String> plugin(List<JavaFileObject> sources, String classPath, String... options) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add("-Xplugin:MagicPortNumber");
    return findings(ToolProvider.getSystemJavaCompiler(), sources, classPath, all);
  }

  /** The findings of the Error Prone check, on Error Prone with that check alone. */
  static List<String> errorProne(List<JavaFileObject> sources, String classPath) {
    JavaCompiler compiler = new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(MagicPortNumber.class));
    return findings(compiler, sources, classPath, List.of());
  }

  private static List<String> findings(JavaCompiler compiler, List<JavaFileObject> sources, String classPath, List<String> extra) {
    Path out;
    try {
      out = Files.createTempDirectory("magic-port-number");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new ArrayList<>(List.of("-proc:none", "-classpath", classPath, "-d", out.toString()));
    options.addAll(extra);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled = compiler.getTask(null, null, diagnostics, options, null, sources).call();
    List<String> findings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
        throw new AssertionError("does not compile: " + diagnostic);
      }
      if (message.startsWith(TAG)) {
        String name = diagnostic.getSource().getName();
        // Error Prone adds its suggested fix on a line of its own.
        findings.add(name.substring(name.lastIndexOf('/') + 1) + ":" + diagnostic.getLineNumber() + ": "
            + message.substring(TAG.length()).lines().findFirst().orElse(""));
      }
    }
    if (!compiled) {
      throw new AssertionError("does not compile: " + diagnostics.getDiagnostics());
    }
    return findings;
  }

  /** A source in memory. */
  static JavaFileObject source(String name, String text) {
    return new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
