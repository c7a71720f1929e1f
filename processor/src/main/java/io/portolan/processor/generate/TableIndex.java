package io.portolan.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.portolan.Assignment;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Generates the lookups of the table class from index data written at build time, so that a first
 * lookup decodes only the rows it returns, not the whole table.
 *
 * <p>The data are numbers written as fixed-width groups of base-64 digits, the characters {@code #}
 * to {@code c} without the backslash (digit {@code c - '#'}, less one above the backslash), in
 * string constants of at most {@link #ENTRIES_PER_STRING} entries each: plain ASCII, so one byte a
 * digit in the class file, and nothing a string literal must escape. The table's rows say where
 * each row starts ({@code Rows.STARTS}); the {@code Index} holds the ports that have services and
 * how many each has ({@code PORTS}) and those services, official first ({@code PORT_SERVICES});
 * its nested {@code Names} holds each lookup name's {@code String.hashCode()}, service and which of
 * the service's names it is ({@code NAMES}, in the order of {@link Catalog#lookupNames()}). The
 * first lookup turns them into arrays (a port's position, the rows of each port, an open-addressing
 * table of names); services, the lists {@code byNumber} returns and the {@code Optional}s
 * {@code byServiceName} returns are made when first asked for, under a lock, so that every thread
 * sees the same instances, and read without one. A name of ASCII characters is hashed and compared
 * folded to lower case in place; only another name is copied by {@code toLowerCase(Locale.ROOT)}.
 */
final class TableIndex {
  /** The most entries of index data one string constant holds: 4,800 of 12 digits fit 60,000 bytes. */
  static final int ENTRIES_PER_STRING = 4_800;

  /** The digits of an entry of {@code Rows.STARTS}: chunk of the row text, then offset in it. */
  static final int START_DIGITS = 6;

  /** The digits of an entry of {@code PORTS}: a port, how many services it has. */
  static final int PORT_DIGITS = 6;

  /** The digits of an entry of {@code PORT_SERVICES}: a service's position in the table. */
  static final int SERVICE_DIGITS = 3;

  /** The digits of an entry of {@code NAMES}: hash code, service, which name. */
  static final int NAME_DIGITS = 12;

  /** Which name of a service, in {@code NAMES}, stands for its constant name; 0 is its service name, i its i-th alias. */
  static final int CONSTANT_NAME = 0xFFFF;

  private static final int LINE_DIGITS = 84;

  /** The class nested in {@code Index} that holds the table of names, so that {@code byNumber} never reads it. */
  static final String NAMES_CLASS = "Names";

  private TableIndex() {}

  /** Appends {@code value} as {@code digits} base-64 digits, most significant first. */
  static void digits(StringBuilder data, long value, int digits) {
    for (int shift = 6 * (digits - 1); shift >= 0; shift -= 6) {
      int digit = (int) (value >>> shift) & 63;
      char c = (char) ('#' + digit);
      data.append(c >= '\\' ? (char) (c + 1) : c);
    }
  }

  /** Returns the initializer of a {@code String[]} of index data, {@code width} digits an entry. */
  static CodeBlock strings(String data, int width) {
    CodeBlock.Builder strings = CodeBlock.builder().add("{\n").indent();
    int perString = ENTRIES_PER_STRING * width;
    for (int start = 0; start < data.length(); start += perString) {
      String piece = data.substring(start, Math.min(data.length(), start + perString));
      List<String> lines = new ArrayList<>();
      int perLine = LINE_DIGITS / width * width;
      for (int line = 0; line < piece.length(); line += perLine) {
        lines.add(JavaStrings.literal(piece.substring(line, Math.min(piece.length(), line + perLine))));
      }
      strings.add("$L$L\n", String.join("\n    + ", lines), start + perString < data.length() ? "," : "");
    }
    return strings.unindent().add("}").build();
  }

  /** Returns {@code Rows.STARTS}'s data: for each service, which chunk of rows holds its row and where. */
  static String starts(List<int[]> chunkAndOffset) {
    StringBuilder data = new StringBuilder(chunkAndOffset.size() * START_DIGITS);
    for (int[] start : chunkAndOffset) {
      digits(data, start[0], 3);
      digits(data, start[1], 3);
    }
    return data.toString();
  }

  /** Returns the {@code Index} class of the table class {@code type}. */
  static TypeSpec type(Catalog catalog, ClassName type, String rows) {
    List<Service> services = catalog.services();
    int maxPort = services.stream().mapToInt(Service::lastPort).max().orElse(0);
    Map<Service, Integer> positions = new IdentityHashMap<>();
    services.forEach(service -> positions.put(service, positions.size()));
    // Each port's services, official first, then unofficial; within each, those that cite an RFC
    // first; then in table order.
    TreeMap<Integer, List<Integer>> byPort = new TreeMap<>();
    for (boolean official : new boolean[] {true, false}) {
      for (boolean citesRfc : new boolean[] {true, false}) {
        for (Service service : services) {
          // A deprecated service (a name IANA retired) is found by its name only, not by its port.
          if ((service.assignment() == Assignment.OFFICIAL) == official && service.rfcs().isEmpty() != citesRfc
              && !service.isDeprecated()) {
            for (int port = service.firstPort(); port <= service.lastPort(); port++) {
              byPort.computeIfAbsent(port, key -> new ArrayList<>()).add(positions.get(service));
            }
          }
        }
      }
    }
    StringBuilder ports = new StringBuilder(byPort.size() * PORT_DIGITS);
    StringBuilder portServices = new StringBuilder(byPort.size() * SERVICE_DIGITS);
    int entries = 0;
    for (Map.Entry<Integer, List<Integer>> port : byPort.entrySet()) {
      digits(ports, port.getKey(), 3);
      digits(ports, port.getValue().size(), 3);
      for (int service : port.getValue()) {
        digits(portServices, service, SERVICE_DIGITS);
        entries++;
      }
    }
    Map<String, Service> lookupNames = catalog.lookupNames();
    boolean asciiKeys = lookupNames.keySet().stream().allMatch(name -> name.chars().allMatch(c -> c <= 0x7F));
    StringBuilder names = new StringBuilder(lookupNames.size() * NAME_DIGITS);
    for (Map.Entry<String, Service> name : lookupNames.entrySet()) {
      Service service = name.getValue();
      digits(names, name.getKey().hashCode() & 0xFFFFFFFFL, 6);
      digits(names, positions.get(service), 3);
      digits(names, whichName(name.getKey(), service), 3);
    }
    TypeName list = Members.listOf(type);
    CodeBlock init = CodeBlock.builder()
        .addStatement("int ports = $L", byPort.size())
        .addStatement("int[] positions = new int[$L]", maxPort + 1)
        .addStatement("int[] starts = new int[ports + 1]")
        .beginControlFlow("for (int port = 0; port < ports; port++)")
        .addStatement("String data = PORTS[port / $L]", ENTRIES_PER_STRING)
        .addStatement("int at = port % $L * $L", ENTRIES_PER_STRING, PORT_DIGITS)
        .addStatement("positions[$L.digits(data, at, 3)] = port + 1", rows)
        .addStatement("starts[port + 1] = starts[port] + $L.digits(data, at + 3, 3)", rows)
        .endControlFlow()
        .addStatement("int[] serviceRows = new int[$L]", entries)
        .beginControlFlow("for (int i = 0; i < serviceRows.length; i++)")
        .addStatement("serviceRows[i] = $L.digits(PORT_SERVICES[i / $L], i % $L * $L, $L)", rows, ENTRIES_PER_STRING,
            ENTRIES_PER_STRING, SERVICE_DIGITS, SERVICE_DIGITS)
        .endControlFlow()
        .addStatement("POSITIONS = positions")
        .addStatement("STARTS = starts")
        .addStatement("SERVICE_ROWS = serviceRows")
        .addStatement("LISTS = new Object[ports]")
        .build();
    CodeBlock namesInit = CodeBlock.builder()
        .addStatement("int names = $L", lookupNames.size())
        .addStatement("int size = 2")
        .beginControlFlow("while (size < 2 * names)")
        .addStatement("size <<= 1")
        .endControlFlow()
        .addStatement("long[] slots = new long[size]")
        .addStatement("char[] whichNames = new char[size]")
        .beginControlFlow("for (int name = 0; name < names; name++)")
        .addStatement("String data = NAMES[name / $L]", ENTRIES_PER_STRING)
        .addStatement("int at = name % $L * $L", ENTRIES_PER_STRING, NAME_DIGITS)
        .addStatement("int hash = $L.digits(data, at, 6)", rows)
        .addStatement("int slot = (hash ^ hash >>> 16) & (size - 1)")
        .beginControlFlow("while (slots[slot] != 0)")
        .addStatement("slot = (slot + 1) & (size - 1)")
        .endControlFlow()
        .addStatement("slots[slot] = ((long) hash << 32) | ($L.digits(data, at + 6, 3) + 1L)", rows)
        .addStatement("whichNames[slot] = (char) $L.digits(data, at + 9, 3)", rows)
        .endControlFlow()
        .addStatement("SLOTS = slots")
        .addStatement("WHICH_NAMES = whichNames")
        .addStatement("KEYS = new String[size]")
        .build();
    return TypeSpec.classBuilder(LookupIndex.CLASS_NAME)
        .addJavadoc("The lookup tables, read from the index data below the first time a lookup is made.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(ArrayTypeName.of(String.class), "PORT_SERVICES", Modifier.PRIVATE,
                Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The services of each port in {@code PORTS}, in its order, 3 digits each: official before\n"
                + "unofficial, then those that cite an RFC before the others, then in table order.\n")
            .initializer(strings(portServices.toString(), SERVICE_DIGITS))
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(String.class), "PORTS", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Each port that has services, ascending, and how many it has, 3 digits each.\n")
            .initializer(strings(ports.toString(), PORT_DIGITS))
            .build())
        .addField(FieldSpec.builder(int[].class, "POSITIONS", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("One plus the position of each port among the ports that have services, or 0 for none.\n")
            .build())
        .addField(FieldSpec.builder(int[].class, "STARTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Where the services of the port at each position start in {@code SERVICE_ROWS}; one more at\n"
                + "the end.\n")
            .build())
        .addField(FieldSpec.builder(int[].class, "SERVICE_ROWS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The services of each port, official before unofficial, then those that cite an RFC\n"
                + "before the others, then in table order.\n")
            .build())
        .addField(FieldSpec.builder(Object[].class, "LISTS",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The list {@code byNumber} returns for the port at each position, made when first asked for,\n"
                + "under the array's lock; read without it, a list is complete (its fields are final).\n")
            .build())
        .addStaticBlock(init)
        .addMethod(MethodSpec.methodBuilder("services")
            .addJavadoc("Returns the services of the port at {@code position}, making the list once.\n\n"
                + "@param position the port's position among the ports that have services\n"
                + "@return an unmodifiable list\n")
            .addModifiers(Modifier.STATIC)
            .returns(list)
            .addParameter(int.class, "position")
            .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
            .addStatement("$T list = ($T) LISTS[position]", list, list)
            .beginControlFlow("if (list != null)")
            .addStatement("return list")
            .endControlFlow()
            .beginControlFlow("synchronized (LISTS)")
            .addStatement("list = ($T) LISTS[position]", list)
            .beginControlFlow("if (list == null)")
            .addStatement("int start = STARTS[position]")
            .addStatement("int end = STARTS[position + 1]")
            .beginControlFlow("if (end - start == 1)")
            .addStatement("list = $T.singletonList($L.service(SERVICE_ROWS[start]))", Collections.class, rows)
            .nextControlFlow("else")
            .addStatement("$T[] services = new $T[end - start]", type, type)
            .beginControlFlow("for (int i = start; i < end; i++)")
            .addStatement("services[i - start] = $L.service(SERVICE_ROWS[i])", rows)
            .endControlFlow()
            .addStatement("list = $T.unmodifiableList($T.asList(services))", Collections.class, Arrays.class)
            .endControlFlow()
            .addStatement("LISTS[position] = list")
            .endControlFlow()
            .addStatement("return list")
            .endControlFlow()
            .build())
        .addMethod(Members.privateConstructor())
        .addType(TypeSpec.classBuilder(NAMES_CLASS)
            .addJavadoc("The table of names, read from {@code NAMES} the first time a name is looked up.\n")
            .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addField(FieldSpec.builder(ArrayTypeName.of(String.class), "NAMES", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Each lower-case name's hash code (6 digits), service (3) and which of its names it is (3): 0\n"
                + "the service name, i its i-th alias, $L the constant name; in lookup order.\n", CONSTANT_NAME)
            .initializer(strings(names.toString(), NAME_DIGITS))
            .build())
        .addField(FieldSpec.builder(long[].class, "SLOTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The open-addressing table of names: in each slot that holds a name, its hash code in the\n"
                + "high 32 bits and one plus its service in the low; 0 in an empty slot.\n")
            .build())
        .addField(FieldSpec.builder(char[].class, "WHICH_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Which of its service's names each slot's name is.\n")
            .build())
        .addField(FieldSpec.builder(String[].class, "KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Each slot's lower-case name, read from its service when first compared. Threads that race\n"
                + "store equal strings, and a string is safe to share without a lock.\n")
            .build())
        .addField(FieldSpec.builder(Object[].class, "FOUND", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The {@code Optional} of each service, in table order, that {@code byServiceName} returns,\n"
                + "made when first found, under the array's lock; read without it, an {@code Optional} is\n"
                + "complete (its field is final).\n")
            .initializer("new Object[$L]", catalog.services().size())
            .build())
            .addStaticBlock(namesInit)
        .addMethod(MethodSpec.methodBuilder("key")
            .addJavadoc("Returns the lower-case name at {@code slot}.\n\n"
                + "@param slot a slot of the table of names that holds a name\n@return the name\n")
            .addModifiers(Modifier.STATIC)
            .returns(String.class)
            .addParameter(int.class, "slot")
            .addStatement("String key = KEYS[slot]")
            .beginControlFlow("if (key == null)")
            .addStatement("$T service = $L.service((int) SLOTS[slot] - 1)", type, rows)
            .addStatement("int which = WHICH_NAMES[slot]")
            .addStatement("String name = which == 0 ? service.serviceName()\n"
                + ": which == $L ? service.constantName() : service.aliases().get(which - 1)", CONSTANT_NAME)
            .addStatement("key = name.toLowerCase($T.ROOT)", Locale.class)
            .addStatement("KEYS[slot] = key")
            .endControlFlow()
            .addStatement("return key")
            .build())
        .addMethod(find(type, asciiKeys))
        .addMethod(findKey(type))
        .addMethod(lowerCaseHashCode())
        .addMethod(matches())
        .addMethod(lowerCase())
        .addMethod(found(type, rows))
            .addMethod(Members.privateConstructor())
            .build())
        .build();
  }

  /** Returns which of {@code service}'s names {@code key} is, as {@code NAMES} records it. */
  private static int whichName(String key, Service service) {
    if (key.equals(Catalog.key(service.effectiveServiceName()))) {
      return 0;
    }
    List<String> aliases = service.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      if (key.equals(Catalog.key(aliases.get(i)))) {
        if (i + 1 >= CONSTANT_NAME) {
          throw new IllegalStateException(service.constant() + " has more aliases than the index holds");
        }
        return i + 1;
      }
    }
    if (key.equals(Catalog.key(service.constant()))) {
      return CONSTANT_NAME;
    }
    throw new IllegalStateException(key + " is none of the names of " + service.constant());
  }

  /** Returns {@code byNumber(int)}. */
  static MethodSpec byNumber(ClassName type) {
    return LookupIndex.byNumberDeclaration(type)
        .addStatement("int[] positions = $L.POSITIONS", LookupIndex.CLASS_NAME)
        .addStatement("int position = number >= 0 && number < positions.length ? positions[number] : 0")
        .addStatement("return position == 0 ? $T.emptyList() : $L.services(position - 1)", Collections.class,
            LookupIndex.CLASS_NAME)
        .build();
  }

  /** Returns {@code byServiceName(String)}. */
  static MethodSpec byServiceName(ClassName type) {
    return LookupIndex.byServiceNameDeclaration(type)
        .addStatement("return $L.$L.find(name)", LookupIndex.CLASS_NAME, NAMES_CLASS)
        .build();
  }

  private static TypeName optionalOf(ClassName type) {
    return ParameterizedTypeName.get(ClassName.get(Optional.class), type);
  }

  /**
   * {@code Names.find(String)}: an ASCII name hashed and compared without a lower-case copy. Where
   * every name of the table is ASCII, a name equal to one of them is its own lower case, so it is
   * looked up as it is first, with the hash code its {@code String} keeps, before anything else.
   */
  private static MethodSpec find(ClassName type, boolean asciiKeys) {
    MethodSpec.Builder find = MethodSpec.methodBuilder("find")
        .addJavadoc("Returns the service that {@code name} names, ignoring case as\n"
            + "{@code name.toLowerCase(Locale.ROOT)} does. An ASCII name is hashed and compared folded to\n"
            + "lower case in place, without a copy; one already in lower case is its own key, whose\n"
            + "{@code String} keeps its hash code. Any other takes Unicode's case mapping.\n\n"
            + "@param name the name to look up\n@return the service, or empty when no name of the table is it\n")
        .addModifiers(Modifier.STATIC)
        .returns(optionalOf(type))
        .addParameter(String.class, "name");
    if (asciiKeys) {
      find.addComment("Every name of the table is ASCII: a name equal to one is its own lower case.")
          .addStatement("$T found = find(name, name.hashCode(), true)", optionalOf(type))
          .beginControlFlow("if (found.isPresent())")
          .addStatement("return found")
          .endControlFlow();
    }
    find.addStatement("boolean isKey = true")
        .beginControlFlow("for (int i = 0; i < name.length(); i++)")
        .addStatement("char c = name.charAt(i)")
        .beginControlFlow("if (c > 0x7F)")
        .addComment("Beyond ASCII, Unicode's case mapping decides: U+212A KELVIN SIGN lower-cases to 'k'.")
        .addStatement("String key = name.toLowerCase($T.ROOT)", Locale.class)
        .addStatement("return find(key, key.hashCode(), true)")
        .endControlFlow()
        .beginControlFlow("if (c >= 'A' && c <= 'Z')")
        .addStatement("isKey = false")
        .endControlFlow()
        .endControlFlow();
    if (asciiKeys) {
      find.addStatement("return isKey ? found : find(name, lowerCaseHashCode(name), false)");
    } else {
      find.addStatement("return find(name, isKey ? name.hashCode() : lowerCaseHashCode(name), isKey)");
    }
    return find.build();
  }

  /** {@code Names.find(String, int, boolean)}: the probe of the table of names. */
  private static MethodSpec findKey(ClassName type) {
    return MethodSpec.methodBuilder("find")
        .addJavadoc("Returns the service of the table's name that is {@code name} as it is, or folded to lower\n"
            + "case.\n\n"
            + "@param name the name; when it is not compared as it is, a name of ASCII characters\n"
            + "@param hash the hash code of the name as compared\n"
            + "@param isKey whether to compare {@code name} as it is\n"
            + "@return the service, or empty\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(optionalOf(type))
        .addParameter(String.class, "name")
        .addParameter(int.class, "hash")
        .addParameter(boolean.class, "isKey")
        .addStatement("long[] slots = SLOTS")
        .addStatement("int mask = slots.length - 1")
        .beginControlFlow("for (int slot = (hash ^ hash >>> 16) & mask; slots[slot] != 0; slot = (slot + 1) & mask)")
        .beginControlFlow("if ((int) (slots[slot] >>> 32) == hash && matches(key(slot), name, isKey))")
        .addStatement("return found((int) slots[slot] - 1)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build();
  }

  private static MethodSpec lowerCaseHashCode() {
    return MethodSpec.methodBuilder("lowerCaseHashCode")
        .addJavadoc("Returns {@code name.toLowerCase(Locale.ROOT).hashCode()} for a name of ASCII characters,\n"
            + "without the copy.\n\n@param name a name of ASCII characters\n@return the hash code\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(String.class, "name")
        .addStatement("int hash = 0")
        .beginControlFlow("for (int i = 0; i < name.length(); i++)")
        .addStatement("hash = 31 * hash + lowerCase(name.charAt(i))")
        .endControlFlow()
        .addStatement("return hash")
        .build();
  }

  private static MethodSpec matches() {
    return MethodSpec.methodBuilder("matches")
        .addJavadoc("Returns whether {@code key} is {@code name} as it is, or folded to lower case.\n\n"
            + "@param key a lower-case name of the table\n"
            + "@param name the name; when it is not compared as it is, a name of ASCII characters\n"
            + "@param isKey whether to compare {@code name} as it is\n@return whether they match\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "key")
        .addParameter(String.class, "name")
        .addParameter(boolean.class, "isKey")
        .beginControlFlow("if (isKey)")
        .addStatement("return key.equals(name)")
        .endControlFlow()
        .beginControlFlow("if (key.length() != name.length())")
        .addStatement("return false")
        .endControlFlow()
        .beginControlFlow("for (int i = 0; i < name.length(); i++)")
        .beginControlFlow("if (key.charAt(i) != lowerCase(name.charAt(i)))")
        .addStatement("return false")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return true")
        .build();
  }

  private static MethodSpec lowerCase() {
    return MethodSpec.methodBuilder("lowerCase")
        .addJavadoc("Returns an ASCII character in lower case, as {@code Locale.ROOT} has it.\n\n"
            + "@param c an ASCII character\n@return {@code c} in lower case\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(char.class)
        .addParameter(char.class, "c")
        .addStatement("return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c")
        .build();
  }

  private static MethodSpec found(ClassName type, String rows) {
    TypeName optional = optionalOf(type);
    return MethodSpec.methodBuilder("found")
        .addJavadoc("Returns the {@code Optional} of the service at {@code index} in table order, made once.\n\n"
            + "@param index the service's position in the table\n@return the service, present\n")
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(optional)
        .addParameter(int.class, "index")
        .addStatement("$T found = ($T) FOUND[index]", optional, optional)
        .beginControlFlow("if (found == null)")
        .beginControlFlow("synchronized (FOUND)")
        .addStatement("found = ($T) FOUND[index]", optional)
        .beginControlFlow("if (found == null)")
        .addStatement("found = $T.of($L.service(index))", Optional.class, rows)
        .addStatement("FOUND[index] = found")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return found")
        .build();
  }
}
