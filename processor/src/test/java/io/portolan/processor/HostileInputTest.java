package io.portolan.processor;

import static io.portolan.processor.Compilations.assertClean;
import static io.portolan.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.portolan.PortCatalog;
import io.portolan.ServicePort;
import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Feeds text that could break out of a string literal, a comment, Javadoc HTML or a format string
 * into every place the generators write table text, and checks that the sources compile without a
 * single warning under {@code -Xlint:all -Xdoclint:all -Werror}, and that the compiled catalog gives
 * back exactly the table's text. Lone surrogates are left out: UTF-8 files cannot hold them.
 */
class HostileInputTest {
  /** Strict javac: every lint, every doclint check, and any warning is an error. */
  private static final String[] STRICT = {"-Xlint:all", "-Xdoclint:all", "-Werror"};

  private static final List<String> HOSTILE = List.of(
      "ends the comment */ here",
      "*/ at the start",
      "ends with a star *",
      "/* opens a comment",
      "**/",
      "\\u000a is a line feed when unescaped",
      "\\u0022 is a quote when unescaped",
      "\\u002a\\u002f ends a comment when unescaped",
      "\\uuuu0041 many u",
      "\\\\u0041 escaped escape",
      "ends in a backslash \\",
      "back\\slash and double \\\\ backslash",
      "JavaPoet $L $S $T $N $$ and $",
      "format %s %d %n %% %",
      "\"quoted\" and 'single'",
      "text block delimiter \"\"\" and \"\"\"\" four quotes, ends in a quote \"",
      "<script>alert('x')</script>",
      "&amp; &lt; &#64; &nbsp; & alone",
      "@see Other",
      "@param x",
      "{@code x} {@link Object} {@inheritDoc} {",
      "}",
      "<!-- an HTML comment -->",
      "tab\there\tand\tthere",
      "control \u0001 \u0007 \u001b[31m red \u007f delete \u0085 next line",
      "nul \u0000 in the middle",
      "right-to-left \u202e override \u202c and mark \u200f",
      "emoji \ud83d\ude00 flag \ud83c\uddfa\ud83c\uddf3 and \ud83d\udc68\u200d\ud83d\udcbb",
      "line\nbreak",
      "carriage\rreturn",
      "crlf\r\nend",
      "  leading and trailing spaces  ",
      "non-breaking\u00a0space, byte order mark \ufeff, combining e\u0301",
      "supplementary \ud835\udd38 math A",
      "em dash \u2014 and \u00e9t\u00e9",
      "");

  /** Service names; each has a letter, so that a constant name can be derived from it. */
  private static final List<String> HOSTILE_NAMES = List.of(
      "a*/b", "/*c", "x<script>", "$dollar", "%s-svc", "quote\"d", "back\\slash", "rtl\u202esvc",
      "emoji\ud83d\ude00svc", "tab\tsvc", "amp&amp;", "at@see", "brace{@code}", "\u0085nel-x", "u\\u000a");

  @TempDir Path tables;

  @ParameterizedTest
  @EnumSource(value = PortCatalog.Shape.class, names = {"ENUM", "TABLE"})
  void descriptionsRoundTripAndCompileWithoutWarnings(PortCatalog.Shape shape) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      rows.add(TestTables.row(Integer.toString(1000 + i), "tcp", "H" + i, "hostile-" + i, "", "official",
          HOSTILE.get(i), ""));
    }
    LoadedCatalog catalog = compileStrictly(TestTables.portolan(rows), shape);
    for (int i = 0; i < HOSTILE.size(); i++) {
      ServicePort service = catalog.constant("H" + i);
      assertEquals(HOSTILE.get(i), service.description(), "description of row " + i);
      assertEquals(1000 + i, service.number());
    }
  }

  @ParameterizedTest
  @EnumSource(value = PortCatalog.Shape.class, names = {"ENUM", "TABLE"})
  void serviceNamesAndAliasesRoundTripAndCompileWithoutWarnings(PortCatalog.Shape shape) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
      String alias = "alias" + i + HOSTILE_NAMES.get(i).replaceAll("[\\s,]", "");
      rows.add(TestTables.row(Integer.toString(2000 + i), "udp", "N" + i, HOSTILE_NAMES.get(i), alias, "unofficial",
          "", ""));
    }
    LoadedCatalog catalog = compileStrictly(TestTables.portolan(rows), shape);
    for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
      ServicePort service = catalog.constant("N" + i);
      String name = HOSTILE_NAMES.get(i);
      assertEquals(name, service.serviceName());
      assertEquals(List.of(service), catalog.byServiceName(name).stream().toList(), name);
      String alias = "alias" + i + name.replaceAll("[\\s,]", "");
      assertEquals(List.of(service), catalog.byServiceName(alias).stream().toList(), alias);
    }
  }

  /**
   * U+2028 and U+2029 end no line in Java source, but JavaPoet's {@code $S} leaves them as they are
   * and its code writer then breaks the line at them (it splits on {@code \\R}), inside the string
   * literal.
   */
  @ParameterizedTest
  @EnumSource(value = PortCatalog.Shape.class, names = {"ENUM", "TABLE"})
  void lineAndParagraphSeparatorsRoundTrip(PortCatalog.Shape shape) {
    String description = "separators \u2028 line \u2029 paragraph";
    String name = "sep\u2028name";
    LoadedCatalog catalog = compileStrictly(TestTables.portolan(
        TestTables.row("7", "tcp", "SEP", name, "al\u2029ias", "official", description, "")), shape);
    ServicePort service = catalog.constant("SEP");
    assertEquals(description, service.description());
    assertEquals(name, service.serviceName());
    assertEquals(List.of(service), catalog.byServiceName("al\u2029ias").stream().toList());
  }

  @Test
  void hostileSourcePathRoundTrips() {
    String source = "we*/ird \"dir\"/{@code $s} %s <b>.csv";
    TestTables.write(tables, source, TestTables.portolan(TestTables.row("22", "tcp", "SSH", "ssh", "", "", "", "")));
    String literal = source.replace("\\", "\\\\").replace("\"", "\\\"");
    Compilation compilation = Compilations.javac(tables, STRICT).compile(packageInfo("t",
        "@PortCatalog(source = \"" + literal + "\", typeName = \"OddPort\")"));
    assertClean(compilation);
    LoadedCatalog catalog = new LoadedCatalog(Compilations.classLoader(compilation), "t.OddPort");
    assertEquals(source, catalog.catalogSource());
  }

  /**
   * Type names that the generated code also uses (its nested classes, the types it imports) are
   * refused, each with its own message and nothing generated; type names that merely look alike
   * compile, in a compilation of their own.
   */
  @Test
  void typeNamesThatTheGeneratedCodeAlsoUseAreRefused() {
    TestTables.write(tables, "names.csv", TestTables.portolan(TestTables.row("22", "tcp", "SSH", "ssh", "", "", "", "")));
    for (String name : List.of("Index", "Rows", "Transports", "String", "Override", "Objects", "Transport", "Generated",
        "List", "URI", "ServiceFields", "ServiceIndex", "ServiceTable")) {
      Compilations.Outcome outcome = Compilations.compileRecording(tables, packageInfo("names",
          "@PortCatalog(source = \"names.csv\", typeName = \"" + name + "\", constantsName = \"PortNames\")"));
      assertEquals(List.of(Message.RESERVED_TYPE_NAME.format("typeName", name)),
          Compilations.messages(outcome.compilation(), Diagnostic.Kind.ERROR), name);
      assertEquals(List.of(), outcome.generated(), name);
    }
  }

  @Test
  void typeNamesLikeThoseTheGeneratedCodeUsesCompile() {
    TestTables.write(tables, "names.csv", TestTables.portolan(TestTables.row("22", "tcp", "SSH", "ssh", "", "", "", "")));
    List<JavaFileObject> packages = new ArrayList<>();
    List<String> names = List.of("Indexes", "Rowing", "Strings", "Lists", "Port", "Ssh", "Transportation");
    for (String name : names) {
      for (PortCatalog.Shape shape : List.of(PortCatalog.Shape.ENUM, PortCatalog.Shape.TABLE)) {
        packages.add(packageInfo(packageFor(name, shape),
            "@PortCatalog(source = \"names.csv\", typeName = \"" + name + "\", shape = PortCatalog.Shape." + shape + ")"));
      }
    }
    Compilation compilation = Compilations.javac(tables, STRICT).compile(packages);
    assertClean(compilation);
    ClassLoader loader = Compilations.classLoader(compilation);
    for (String name : names) {
      for (PortCatalog.Shape shape : List.of(PortCatalog.Shape.ENUM, PortCatalog.Shape.TABLE)) {
        assertEquals(22, new LoadedCatalog(loader, packageFor(name, shape) + "." + name).constant("SSH").number());
      }
    }
  }

  private static String packageFor(String typeName, PortCatalog.Shape shape) {
    return "names_" + typeName.toLowerCase(Locale.ROOT) + "_" + shape.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Makes sure that the strict options do check generated sources: a processor that generates a
   * class with broken Javadoc fails the compilation.
   */
  @Test
  void doclintChecksGeneratedSources() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new BrokenJavadocProcessor())
        .withOptions((Object[]) STRICT)
        .compile(Compilations.source("t.Trigger", "package t;\n\n/** Triggers the processor. */\n@Deprecated\npublic class Trigger {}\n"));
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    assertEquals(List.of("element not closed: b"), Compilations.messages(compilation, Diagnostic.Kind.ERROR));
  }

  private LoadedCatalog compileStrictly(String table, PortCatalog.Shape shape) {
    TestTables.write(tables, "hostile.csv", table);
    Compilation compilation = Compilations.javac(tables, STRICT).compile(packageInfo("t",
        "@PortCatalog(source = \"hostile.csv\", shape = PortCatalog.Shape." + shape + ")"));
    assertClean(compilation);
    return new LoadedCatalog(Compilations.classLoader(compilation), "t.HostilePort");
  }

  /** Generates, once, a class whose Javadoc has an unclosed HTML element. */
  private static final class BrokenJavadocProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("java.lang.Deprecated");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("t.Broken").openWriter()) {
          writer.write("package t;\n\n/** Broken <b>Javadoc. */\npublic class Broken {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
