package io.portolan.checks;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.LiteralTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.fixes.SuggestedFixes;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.LiteralTree;
import java.util.Optional;
import javax.lang.model.util.Elements;

/**
 * The Error Prone front end: a warning on every {@code int} literal that is a port a catalog names,
 * with a suggested fix that replaces the literal with the {@code portolan-catalogs} constant and
 * imports its class. Error Prone finds it with its service loader on the processor path.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "MagicPortNumber",
    summary = "An int literal used as a network port: name it with its portolan-catalogs constant",
    severity = SeverityLevel.WARNING,
    linkType = BugPattern.LinkType.NONE)
public final class MagicPortNumber extends BugChecker implements LiteralTreeMatcher {
  private static final long serialVersionUID = 1L;

  /** The finder of the compilation whose elements it was made with. */
  private transient PortFinder finder;
  private transient Elements finderElements;

  /** Made by Error Prone's service loader. */
  public MagicPortNumber() {}

  @Override
  public Description matchLiteral(LiteralTree tree, VisitorState state) {
    Optional<Finding> finding = finder(state).find(state.getPath());
    if (finding.isEmpty()) {
      return Description.NO_MATCH;
    }
    Description.Builder description = buildDescription(tree).setMessage(finding.get().message());
    finding.get().replacement().ifPresent(constant -> {
      SuggestedFix.Builder fix = SuggestedFix.builder();
      String type = SuggestedFixes.qualifyType(state, fix, constant.catalog().qualifiedName());
      description.addFix(fix.replace(tree, type + "." + constant.name()).build());
    });
    return description.build();
  }

  private PortFinder finder(VisitorState state) {
    Elements elements = state.getElements();
    if (finder == null || finderElements != elements) {
      finder = new PortFinder(path -> ASTHelpers.getSymbol(path.getLeaf()), elements);
      finderElements = elements;
    }
    return finder;
  }
}
