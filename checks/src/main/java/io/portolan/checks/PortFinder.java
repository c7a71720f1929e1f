package io.portolan.checks;

import com.sun.source.util.TreePath;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * The one entry point of both front ends: the finding of an {@code int} literal, if it is a port a
 * catalog names. One instance serves one compilation.
 */
final class PortFinder {
  private static final ConstantChooser CHOOSER = new ConstantChooser();

  private final PortLiterals literals;
  private final Elements elements;
  private final Map<Choice.Catalog, Boolean> onClassPath = new EnumMap<>(Choice.Catalog.class);

  /**
   * @param elements the element a tree declares or refers to, as {@link PortLiterals} takes it
   * @param compilation the compilation's elements, to tell whether it has the catalogs
   */
  PortFinder(Function<TreePath, Element> elements, Elements compilation) {
    this.literals = new PortLiterals(elements);
    this.elements = compilation;
  }

  /** Returns the finding of the literal at {@code path}, or empty where it is no port or no catalog names it. */
  Optional<Finding> find(TreePath path) {
    return literals.classify(path).flatMap(use -> {
      Choice choice = CHOOSER.choose(use);
      if (choice instanceof Choice.None) {
        return Optional.empty();
      }
      Choice.Catalog catalog = choice instanceof Choice.One one
          ? one.constant().catalog()
          : ((Choice.Several) choice).constants().get(0).catalog();
      return Optional.of(new Finding(use.port(), choice, hasCatalog(catalog)));
    });
  }

  /** Whether the compilation resolves the catalog's constants class, that is has portolan-catalogs. */
  private boolean hasCatalog(Choice.Catalog catalog) {
    return onClassPath.computeIfAbsent(catalog, c -> elements.getTypeElement(c.qualifiedName()) != null);
  }
}
