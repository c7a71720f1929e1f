package io.portolan.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
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
 * table of names); services and the lists {@code byNumber} returns are made when first asked for,
 * under a lock, so that every thread sees the same instances, and read without one.
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
        .addStatement("int[] hashes = new int[size]")
        .addStatement("char[] nameServices = new char[size]")
        .addStatement("char[] whichNames = new char[size]")
        .beginControlFlow("for (int name = 0; name < names; name++)")
        .addStatement("String data = NAMES[name / $L]", ENTRIES_PER_STRING)
        .addStatement("int at = name % $L * $L", ENTRIES_PER_STRING, NAME_DIGITS)
        .addStatement("int hash = $L.digits(data, at, 6)", rows)
        .addStatement("int slot = (hash ^ hash >>> 16) & (size - 1)")
        .beginControlFlow("while (nameServices[slot] != 0)")
        .addStatement("slot = (slot + 1) & (size - 1)")
        .endControlFlow()
        .addStatement("hashes[slot] = hash")
        .addStatement("nameServices[slot] = (char) ($L.digits(data, at + 6, 3) + 1)", rows)
        .addStatement("whichNames[slot] = (char) $L.digits(data, at + 9, 3)", rows)
        .endControlFlow()
        .addStatement("HASHES = hashes")
        .addStatement("NAME_SERVICES = nameServices")
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
        .addField(FieldSpec.builder(int[].class, "HASHES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The names' hash codes, by slot of the open-addressing table of names.\n")
            .build())
        .addField(FieldSpec.builder(char[].class, "NAME_SERVICES", Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("One plus the service each slot's name finds, or 0 for an empty slot.\n")
            .build())
        .addField(FieldSpec.builder(char[].class, "WHICH_NAMES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Which of its service's names each slot's name is.\n")
            .build())
        .addField(FieldSpec.builder(String[].class, "KEYS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Each slot's lower-case name, read from its service when first compared. Threads that race\n"
                + "store equal strings, and a string is safe to share without a lock.\n")
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
            .addStatement("$T service = $L.service(NAME_SERVICES[slot] - 1)", type, rows)
            .addStatement("int which = WHICH_NAMES[slot]")
            .addStatement("String name = which == 0 ? service.serviceName()\n"
                + ": which == $L ? service.constantName() : service.aliases().get(which - 1)", CONSTANT_NAME)
            .addStatement("key = name.toLowerCase($T.ROOT)", Locale.class)
            .addStatement("KEYS[slot] = key")
            .endControlFlow()
            .addStatement("return key")
            .build())
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
  static MethodSpec byServiceName(ClassName type, String rows) {
    return LookupIndex.byServiceNameDeclaration(type)
        .addStatement("String key = name.toLowerCase($T.ROOT)", Locale.class)
        .addStatement("int hash = key.hashCode()")
        .addStatement("int[] hashes = $L.$L.HASHES", LookupIndex.CLASS_NAME, NAMES_CLASS)
        .addStatement("char[] services = $L.$L.NAME_SERVICES", LookupIndex.CLASS_NAME, NAMES_CLASS)
        .addStatement("int mask = hashes.length - 1")
        .beginControlFlow("for (int slot = (hash ^ hash >>> 16) & mask; services[slot] != 0; slot = (slot + 1) & mask)")
        .beginControlFlow("if (hashes[slot] == hash && $L.$L.key(slot).equals(key))", LookupIndex.CLASS_NAME,
            NAMES_CLASS)
        .addStatement("return $T.of($L.service(services[slot] - 1))", Optional.class, rows)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build();
  }
}
