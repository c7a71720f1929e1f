package io.portolan.processor.precompiled;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.model.Deprecation;
import io.portolan.processor.model.Provenance;
import io.portolan.processor.model.Service;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The binary form of a {@link BundledModel}, as the processor jar carries each bundled catalog.
 *
 * <p>Layout: the magic bytes {@code PTLM}; the format version, an {@code int}; the SHA-256 digest of
 * the tables the model was made from (see {@link #digest}), 32 bytes; the body; and the CRC-32 of
 * everything before it, an {@code int}. The body is a pool of every distinct string, each once, then
 * the model's fields in the order of its record components, strings as indices into the pool, counts
 * and numbers as unsigned variable-length integers. Nothing else reads or writes the format; a file
 * of another version, or one whose checksum fails, is refused whole.
 */
public final class ModelFile {
  /** The version of the layout this class writes and reads. */
  public static final int FORMAT = 1;

  private static final byte[] MAGIC = {'P', 'T', 'L', 'M'};
  private static final int DIGEST_BYTES = 32;
  private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + DIGEST_BYTES;

  private ModelFile() {}

  /** Returns the SHA-256 digest of {@code inputs}, each length-prefixed, in order. */
  public static byte[] digest(List<byte[]> inputs) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (byte[] input : inputs) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(input.length).array());
        sha256.update(input);
      }
      return sha256.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Returns {@code model} in this format, recording {@code inputDigest} as the digest of its tables. */
  public static byte[] write(BundledModel model, byte[] inputDigest) {
    if (inputDigest.length != DIGEST_BYTES) {
      throw new IllegalArgumentException("a digest of " + inputDigest.length + " bytes; SHA-256 has 32");
    }
    Writer body = new Writer();
    body.model(model);
    ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER_BYTES + body.size() + 8192);
    out.writeBytes(MAGIC);
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(FORMAT).array());
    out.writeBytes(inputDigest);
    body.writeTo(out);
    CRC32 crc = new CRC32();
    byte[] content = out.toByteArray();
    crc.update(content);
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt((int) crc.getValue()).array());
    return out.toByteArray();
  }

  /**
   * Returns the digest of the tables {@code file} was made from.
   *
   * @throws IllegalArgumentException when {@code file} is no model file of this format
   */
  public static byte[] inputDigest(byte[] file) {
    checkHeader(file);
    return Arrays.copyOfRange(file, MAGIC.length + Integer.BYTES, HEADER_BYTES);
  }

  /**
   * Reads a model.
   *
   * @throws IllegalArgumentException saying what is wrong, as a phrase that follows the file's name
   *     ("is damaged: its checksum does not match"), when {@code file} is no model file of this
   *     format, or is damaged
   */
  public static BundledModel read(byte[] file) {
    checkHeader(file);
    CRC32 crc = new CRC32();
    crc.update(file, 0, file.length - Integer.BYTES);
    if ((int) crc.getValue() != ByteBuffer.wrap(file, file.length - Integer.BYTES, Integer.BYTES).getInt()) {
      throw new IllegalArgumentException("is damaged: its checksum does not match");
    }
    try {
      Reader body = new Reader(file, HEADER_BYTES, file.length - Integer.BYTES);
      BundledModel model = body.model();
      if (body.remaining() > 0) {
        throw new IllegalArgumentException("is damaged: " + body.remaining() + " bytes follow the model");
      }
      return model;
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("is damaged: it ends inside the model", e);
    }
  }

  private static void checkHeader(byte[] file) {
    if (file.length < HEADER_BYTES + Integer.BYTES || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new IllegalArgumentException("is not a Portolan model file");
    }
    int format = ByteBuffer.wrap(file, MAGIC.length, Integer.BYTES).getInt();
    if (format != FORMAT) {
      throw new IllegalArgumentException("is of format " + format + "; this processor reads format " + FORMAT);
    }
  }

  /** Writes the body: the fields first, into a buffer, so that the string pool they fill comes first. */
  private static final class Writer {
    private final Map<String, Integer> pool = new HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private final ByteArrayOutputStream fields = new ByteArrayOutputStream(1 << 16);

    void model(BundledModel model) {
      string(model.source());
      string(model.date());
      string(model.firstRowLocation());
      string(model.emptyReason());
      number(model.problems().size());
      model.problems().forEach(this::problem);
      number(model.services().size());
      model.services().forEach(this::service);
    }

    void problem(Problem problem) {
      string(problem.message().name());
      string(problem.location());
      number(problem.args().length);
      for (Object arg : problem.args()) {
        if (arg instanceof Integer value && value >= 0) {
          fields.write(0);
          number(value);
        } else if (arg instanceof String text) {
          fields.write(1);
          string(text);
        } else {
          throw new IllegalArgumentException(problem.message() + " has a value that is no String or int >= 0: " + arg);
        }
      }
    }

    void service(Service service) {
      string(service.constant());
      number(service.firstPort());
      number(service.lastPort());
      number(service.transports().size());
      service.transports().forEach(transport -> string(transport.name()));
      string(service.serviceName());
      strings(service.aliases());
      string(service.assignment().name());
      string(service.description());
      number(service.rfcs().size());
      service.rfcs().forEach(this::number);
      string(service.location());
      number(service.order());
      Deprecation deprecation = service.deprecation();
      fields.write(deprecation == null ? 0 : 1);
      if (deprecation != null) {
        string(deprecation.why());
        string(deprecation.date());
        string(deprecation.replacement());
        string(deprecation.reference());
      }
      string(service.seedStatus());
      string(service.statusNote());
      string(service.registryDate());
      number(service.otherNames().size());
      for (Service.OtherName other : service.otherNames()) {
        string(other.constant());
        string(other.keyword());
        string(other.reason());
        fields.write(other.byRule() ? 1 : 0);
      }
      number(service.transportDescriptions().size());
      service.transportDescriptions().forEach((transport, text) -> {
        string(transport.name());
        string(text);
      });
      Provenance provenance = service.provenance();
      string(provenance.product());
      string(provenance.source());
      string(provenance.version());
    }

    void strings(List<String> values) {
      number(values.size());
      values.forEach(this::string);
    }

    void string(String value) {
      Integer index = pool.get(value);
      if (index == null) {
        index = strings.size();
        pool.put(value, index);
        strings.add(value);
      }
      number(index);
    }

    void number(int value) {
      writeNumber(fields, value);
    }

    int size() {
      return fields.size();
    }

    void writeTo(ByteArrayOutputStream out) {
      writeNumber(out, strings.size());
      for (String value : strings) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeNumber(out, bytes.length);
        out.writeBytes(bytes);
      }
      out.writeBytes(fields.toByteArray());
    }

    private static void writeNumber(ByteArrayOutputStream out, int value) {
      if (value < 0) {
        throw new IllegalArgumentException("a negative number: " + value);
      }
      while (value >= 0x80) {
        out.write((value & 0x7f) | 0x80);
        value >>>= 7;
      }
      out.write(value);
    }
  }

  /** Reads the body: a plain array and a position, which a cold JVM runs fastest. */
  private static final class Reader {
    private final byte[] in;
    private final int end;
    private int position;
    private final String[] pool;

    Reader(byte[] in, int start, int end) {
      this.in = in;
      this.end = end;
      this.position = start;
      this.pool = new String[count()];
      for (int i = 0; i < pool.length; i++) {
        int length = count();
        pool[i] = new String(in, position, length, StandardCharsets.UTF_8);
        position += length;
      }
    }

    int remaining() {
      return end - position;
    }

    /** Returns the next byte, a flag. */
    byte flag() {
      if (position >= end) {
        throw new IndexOutOfBoundsException(position);
      }
      return in[position++];
    }

    BundledModel model() {
      String source = string();
      String date = string();
      String firstRow = string();
      String emptyReason = string();
      List<Problem> problems = new ArrayList<>();
      for (int count = count(); count > 0; count--) {
        problems.add(problem());
      }
      int size = count();
      List<Service> services = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        services.add(service());
      }
      return new BundledModel(source, date, services, firstRow, emptyReason, problems);
    }

    Problem problem() {
      Message message = Message.valueOf(string());
      String location = string();
      Object[] args = new Object[count()];
      for (int i = 0; i < args.length; i++) {
        args[i] = flag() == 0 ? (Object) number() : string();
      }
      return new Problem(message, location, args);
    }

    Service service() {
      String constant = string();
      int firstPort = number();
      int lastPort = number();
      Set<Transport> transports = EnumSet.noneOf(Transport.class);
      for (int count = count(); count > 0; count--) {
        transports.add(Transport.valueOf(string()));
      }
      String serviceName = string();
      List<String> aliases = strings();
      Assignment assignment = Assignment.valueOf(string());
      String description = string();
      Integer[] rfcs = new Integer[count()];
      for (int i = 0; i < rfcs.length; i++) {
        rfcs[i] = number();
      }
      String location = string();
      int order = number();
      Deprecation deprecation = flag() == 0 ? null : new Deprecation(string(), string(), string(), string());
      String seedStatus = string();
      String statusNote = string();
      String registryDate = string();
      Service.OtherName[] otherNames = new Service.OtherName[count()];
      for (int i = 0; i < otherNames.length; i++) {
        otherNames[i] = new Service.OtherName(string(), string(), string(), flag() == 1);
      }
      Map<Transport, String> descriptions = new EnumMap<>(Transport.class);
      for (int count = count(); count > 0; count--) {
        descriptions.put(Transport.valueOf(string()), string());
      }
      Provenance provenance = new Provenance(string(), string(), string());
      return new Service(constant, firstPort, lastPort, Collections.unmodifiableSet(transports), serviceName, aliases,
          assignment, description, List.of(rfcs), location, order, deprecation, seedStatus, statusNote, registryDate,
          List.of(otherNames), descriptions.isEmpty() ? Map.of() : Collections.unmodifiableMap(descriptions),
          provenance.isEmpty() ? Provenance.NONE : provenance);
    }

    List<String> strings() {
      String[] values = new String[count()];
      for (int i = 0; i < values.length; i++) {
        values[i] = string();
      }
      return List.of(values);
    }

    String string() {
      return pool[number()];
    }

    int count() {
      int count = number();
      if (count > remaining() + 1) {
        throw new IllegalArgumentException("is damaged: a count of " + count + " where " + remaining() + " bytes remain");
      }
      return count;
    }

    int number() {
      int value = 0;
      for (int shift = 0; shift < 32; shift += 7) {
        if (position >= end) {
          throw new IndexOutOfBoundsException(position);
        }
        byte next = in[position++];
        value |= (next & 0x7f) << shift;
        if (next >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("is damaged: a number longer than five bytes");
    }
  }
}
