package io.portolan.checks;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import io.portolan.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Decides where an {@code int} literal is a port. It is one where it is
 *
 * <ul>
 *   <li>a port argument of the JDK's network APIs or of a curated library's ({@link PortApis});
 *   <li>the argument of a parameter named {@code port} or ending in {@code Port}, where the name is
 *       known: a source of the same compilation, or a class file whose names javac reads (it reads
 *       them only in a compilation with {@code -parameters}, and names the others {@code arg0},
 *       {@code arg1}, ...);
 *   <li>where the names are not known, the one {@code int} argument of a method named {@code port},
 *       or ending in {@code Port} ({@code setPort(5672)}, {@code withHttpPort(8080)});
 *   <li>the initial value of a field, local variable or constant named {@code port}, {@code PORT},
 *       {@code ...Port}, {@code ..._PORT} or {@code ..._port}, or the value assigned to one; for these,
 *       0 (which such code often means as "not set") is no port.
 * </ul>
 *
 * <p>A variable's or parameter's name that says its port is no service's ({@code INVALID_PORT},
 * {@code unusedPort}: see {@link Words#saysNoService}) makes the literal no port; a fake endpoint's
 * port is still its service's.
 *
 * <p>Parentheses and the branches of {@code ?:} around the literal are looked through. Nothing else
 * is a port: array sizes, collection calls, timeouts, other arguments, loop bounds, {@code case}
 * labels, and numbers inside strings.
 */
final class PortLiterals {
  private static final int MAX_PORT = 65535;

  /** The JDK types whose methods that take an address tell the transport of a port in it. */
  private static final Set<String> UDP_TYPES = Set.of(
      "java.net.DatagramSocket", "java.net.MulticastSocket", "java.net.DatagramPacket",
      "java.nio.channels.DatagramChannel");
  private static final Set<String> TCP_TYPES = Set.of(
      "java.net.Socket", "java.net.ServerSocket", "java.nio.channels.SocketChannel",
      "java.nio.channels.ServerSocketChannel", "java.nio.channels.AsynchronousSocketChannel",
      "java.nio.channels.AsynchronousServerSocketChannel");

  private final Function<TreePath, Element> elements;

  /**
   * @param elements the element a tree declares or refers to ({@code Trees.getElement} under javac, the
   *     symbol under Error Prone), or null
   */
  PortLiterals(Function<TreePath, Element> elements) {
    this.elements = elements;
  }

  /** Returns the port use of the literal at {@code path}, or empty where it is no port. */
  Optional<PortUse> classify(TreePath path) {
    if (!(path.getLeaf() instanceof LiteralTree literal) || literal.getKind() != Tree.Kind.INT_LITERAL) {
      return Optional.empty();
    }
    int value = (Integer) literal.getValue();
    if (value < 0 || value > MAX_PORT) {
      return Optional.empty();
    }
    Tree child = literal;
    TreePath parentPath = path.getParentPath();
    while (parentPath != null && (parentPath.getLeaf() instanceof ParenthesizedTree
        || (parentPath.getLeaf() instanceof ConditionalExpressionTree conditional
            && conditional.getCondition() != child))) {
      child = parentPath.getLeaf();
      parentPath = parentPath.getParentPath();
    }
    if (parentPath == null) {
      return Optional.empty();
    }
    Tree parent = parentPath.getLeaf();
    if (parent instanceof VariableTree variable && variable.getInitializer() == child) {
      return named(value, variable.getName().toString());
    }
    if (parent instanceof AssignmentTree assignment && assignment.getExpression() == child) {
      return name(assignment.getVariable()).flatMap(name -> named(value, name));
    }
    if (parent instanceof MethodInvocationTree invocation) {
      return argument(value, invocation.getArguments().indexOf(child), parentPath);
    }
    if (parent instanceof NewClassTree creation) {
      return argument(value, creation.getArguments().indexOf(child), parentPath);
    }
    return Optional.empty();
  }

  /** A variable's value: a port where the variable's name says so, and the literal is not 0. */
  private static Optional<PortUse> named(int value, String name) {
    if (value == 0 || !isPortName(name) || Words.saysNoService(name)) {
      return Optional.empty();
    }
    return Optional.of(new PortUse(value, Optional.empty(), Words.around(name), Optional.empty()));
  }

  /** Whether a variable or parameter named so holds a port. */
  static boolean isPortName(String name) {
    return name.equals("port") || name.equals("PORT") || name.endsWith("Port")
        || name.endsWith("_PORT") || name.endsWith("_port");
  }

  private static Optional<String> name(ExpressionTree variable) {
    if (variable instanceof IdentifierTree identifier) {
      return Optional.of(identifier.getName().toString());
    }
    if (variable instanceof MemberSelectTree select) {
      return Optional.of(select.getIdentifier().toString());
    }
    return Optional.empty();
  }

  /** Argument {@code index} of the call at {@code callPath}. */
  private Optional<PortUse> argument(int value, int index, TreePath callPath) {
    if (index < 0 || !(elements.apply(callPath) instanceof ExecutableElement method)) {
      return Optional.empty();
    }
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return Optional.empty();
    }
    // Arguments past the last parameter are varargs elements.
    int parameterIndex = Math.min(index, parameters.size() - 1);
    VariableElement parameter = parameters.get(parameterIndex);
    if (!PortApis.isInt(parameter.asType())) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    Optional<Transport> transport = Optional.empty();
    Optional<String> service = Optional.empty();
    Optional<PortApis.Entry> api = PortApis.portParameter(method, parameterIndex);
    String parameterName = parameter.getSimpleName().toString();
    String methodName = method.getKind() == ElementKind.CONSTRUCTOR ? "" : method.getSimpleName().toString();
    if (api.isPresent()) {
      transport = api.get().transport().or(() -> enclosingTransport(callPath));
      service = api.get().service();
    } else if (isPortName(parameterName)) {
      words.addAll(Words.around(parameterName));
    } else if (parameters.size() == 1 && !namesKnown(parameters) && isPortName(methodName)) {
      words.addAll(Words.around(methodName));
    } else {
      return Optional.empty();
    }
    words.addAll(Words.around(methodName));
    hostWords(callPath, words);
    if (Words.saysNoService(parameterName)) {
      return Optional.empty();
    }
    enclosingVariable(callPath).ifPresent(name -> words.addAll(Words.around(name)));
    return Optional.of(new PortUse(value, transport, List.copyOf(words), service));
  }

  /**
   * Whether the parameters' names are the source's: javac names those of a class file without names
   * {@code arg0}, {@code arg1}, ...
   */
  private static boolean namesKnown(List<? extends VariableElement> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      if (!parameters.get(i).getSimpleName().contentEquals("arg" + i)) {
        return true;
      }
    }
    return false;
  }

  /** The words of the host names written as string literals among the call's arguments. */
  private static void hostWords(TreePath callPath, List<String> words) {
    List<? extends ExpressionTree> arguments = callPath.getLeaf() instanceof MethodInvocationTree invocation
        ? invocation.getArguments() : ((NewClassTree) callPath.getLeaf()).getArguments();
    for (ExpressionTree argument : arguments) {
      if (argument instanceof LiteralTree literal && literal.getValue() instanceof String host) {
        words.addAll(Words.around(host));
      }
    }
  }

  /**
   * The transport of an address made where a JDK API takes it:
   * {@code datagramChannel.bind(new InetSocketAddress(514))} is UDP.
   */
  private Optional<Transport> enclosingTransport(TreePath callPath) {
    TreePath path = callPath.getParentPath();
    while (path != null && path.getLeaf() instanceof ParenthesizedTree) {
      path = path.getParentPath();
    }
    if (path == null || !(path.getLeaf() instanceof MethodInvocationTree || path.getLeaf() instanceof NewClassTree)) {
      return Optional.empty();
    }
    if (elements.apply(path) instanceof ExecutableElement outer
        && outer.getEnclosingElement() instanceof TypeElement owner) {
      if (extendsAny(owner, UDP_TYPES)) {
        return Optional.of(Transport.UDP);
      }
      if (extendsAny(owner, TCP_TYPES)) {
        return Optional.of(Transport.TCP);
      }
    }
    return Optional.empty();
  }

  private static boolean extendsAny(TypeElement type, Set<String> names) {
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (names.contains(t.getQualifiedName().toString())) {
        return true;
      }
    }
    return false;
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass() instanceof javax.lang.model.type.DeclaredType declared
        && declared.asElement() instanceof TypeElement element ? element : null;
  }

  /**
   * The name of the variable that the expression holding the call initialises or is assigned to
   * ({@code InetSocketAddress kafka = new InetSocketAddress(host, 9092)}), through enclosing calls.
   */
  private static Optional<String> enclosingVariable(TreePath callPath) {
    for (TreePath path = callPath.getParentPath(); path != null; path = path.getParentPath()) {
      Tree tree = path.getLeaf();
      if (tree instanceof VariableTree variable) {
        return Optional.of(variable.getName().toString());
      }
      if (tree instanceof AssignmentTree assignment) {
        return name(assignment.getVariable());
      }
      if (!(tree instanceof ExpressionTree)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
