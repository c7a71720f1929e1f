package io.portolan.checks;

import com.google.auto.service.AutoService;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.Arrays;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The plain javac front end, {@code -Xplugin:MagicPortNumber}: after javac has analysed each class,
 * a warning tagged {@code [MagicPortNumber]} on every {@code int} literal that is a port a catalog
 * names, the same findings as the Error Prone check's, without a fix. Code under
 * {@code @SuppressWarnings("MagicPortNumber")} is skipped.
 */
@AutoService(Plugin.class)
public final class MagicPortNumberPlugin implements Plugin {
  /** The plugin's name, as {@code -Xplugin:} takes it, and its warnings' tag. */
  static final String NAME = "MagicPortNumber";

  /** Made by javac's service loader. */
  public MagicPortNumberPlugin() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Trees trees = Trees.instance(task);
    PortFinder finder = new PortFinder(trees::getElement, task.getElements());
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        TypeElement type = event.getTypeElement();
        if (event.getKind() != TaskEvent.Kind.ANALYZE || type == null) {
          return;
        }
        TreePath classPath = trees.getPath(type);
        if (classPath != null) {
          new Scanner(trees, finder, event.getCompilationUnit()).scan(classPath, null);
        }
      }
    });
  }

  /** Reports the literals of one class. */
  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final Trees trees;
    private final PortFinder finder;
    private final CompilationUnitTree unit;

    Scanner(Trees trees, PortFinder finder, CompilationUnitTree unit) {
      this.trees = trees;
      this.finder = finder;
      this.unit = unit;
    }

    @Override
    public Void visitLiteral(LiteralTree literal, Void unused) {
      finder.find(getCurrentPath()).ifPresent(finding ->
          trees.printMessage(Diagnostic.Kind.WARNING, "[" + NAME + "] " + finding.message(), literal, unit));
      return null;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      return suppressed() ? null : super.visitClass(tree, unused);
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      return suppressed() ? null : super.visitMethod(tree, unused);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      return suppressed() ? null : super.visitVariable(tree, unused);
    }

    /** Whether the declaration here carries {@code @SuppressWarnings("MagicPortNumber")}. */
    private boolean suppressed() {
      Element element = trees.getElement(getCurrentPath());
      SuppressWarnings suppress = element == null ? null : element.getAnnotation(SuppressWarnings.class);
      return suppress != null && Arrays.asList(suppress.value()).contains(NAME);
    }
  }
}
