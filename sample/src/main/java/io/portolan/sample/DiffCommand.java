package io.portolan.sample;

import io.portolan.processor.problem.Message;
import io.portolan.tools.diff.DiffInputException;
import io.portolan.tools.diff.DiffReport;
import io.portolan.tools.diff.DiffTable;
import io.portolan.tools.diff.RegistryDiff;
import io.portolan.tools.diff.RetiredNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code portinfo diff OLD NEW [--format text|csv|retired]}: what changed between two port tables,
 * each in any of the three formats (detected from its first line).
 *
 * <p>{@code text} lists one changed service a line and ends with a summary; {@code csv} is one row
 * per change for scripts; {@code retired} lists the names the new table retires, as rows of the
 * bundled {@code iana-retired.csv}. Exits with 0 when it could compare the tables, whatever changed,
 * 2 on a usage error or a table it cannot read, and 3 when it cannot write the report whole.
 */
final class DiffCommand implements Subcommand {
  /** Exit status when both tables were read and compared. */
  static final int COMPARED = 0;
  /** Exit status for a bad command line or a table that cannot be read. */
  static final int BAD_INPUT = 2;
  /** Exit status when the report cannot be written. */
  static final int CANNOT_WRITE = 3;

  private static final List<String> FORMATS = List.of("text", "csv", "retired");

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String synopsis() {
    return "OLD NEW [--format text|csv|retired]";
  }

  @Override
  public String summary() {
    return "what changed between two port tables, each in any of the three formats";
  }

  /** Runs {@code portinfo diff} with the arguments after {@code diff}; returns the exit status. */
  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    List<String> files = new ArrayList<>();
    String format = "text";
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--format") && i + 1 < args.size()) {
        format = args.get(++i);
      } else if (arg.startsWith("--format=")) {
        format = arg.substring("--format=".length());
      } else if (arg.equals("--help") || arg.equals("-h")) {
        usage(out);
        return COMPARED;
      } else if (arg.startsWith("-")) {
        err.println("portinfo diff: unknown option " + Message.echo(arg));
        return usage(err);
      } else {
        files.add(arg);
      }
    }
    if (files.size() != 2) {
      err.println("portinfo diff: expected two tables, OLD and NEW, but got " + files.size());
      return usage(err);
    }
    if (!FORMATS.contains(format)) {
      err.println("portinfo diff: unknown format \"" + Message.echo(format) + "\" (text, csv or retired)");
      return usage(err);
    }
    if (files.contains("")) {
      err.println("portinfo diff: an empty argument is no table's file name");
      return usage(err);
    }
    DiffReport report;
    try {
      report = RegistryDiff.compare(DiffTable.read(path(files.get(0))), DiffTable.read(path(files.get(1))));
    } catch (DiffInputException e) {
      e.problems().forEach(problem -> err.println("portinfo diff: " + problem));
      return BAD_INPUT;
    } catch (InvalidPathException e) {
      err.println("portinfo diff: " + Message.echo(e.getMessage()));
      return BAD_INPUT;
    }
    try {
      switch (format) {
        case "csv":
          report.writeCsv(out);
          break;
        case "retired":
          RetiredNames.writeCsv(RetiredNames.of(report), true, out);
          break;
        default:
          report.writeText(out);
          break;
      }
    } catch (IOException e) {
      err.println("portinfo diff: cannot write the report: " + Message.echo(String.valueOf(e.getMessage())));
      return CANNOT_WRITE;
    }
    // A PrintStream keeps its errors to itself: a full disk or a closed pipe shows only here.
    out.flush();
    if (out.checkError()) {
      err.println("portinfo diff: cannot write the report");
      return CANNOT_WRITE;
    }
    return COMPARED;
  }

  private static Path path(String name) {
    return Path.of(name);
  }

  private static int usage(PrintStream stream) {
    stream.println("usage: portinfo diff OLD NEW [--format text|csv|retired]");
    stream.println("  compares two port tables (IANA CSV, Portolan CSV or /etc/services)");
    return BAD_INPUT;
  }
}
