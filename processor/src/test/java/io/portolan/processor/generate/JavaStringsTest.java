package io.portolan.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text made of lines, written as a text block and as literals joined by {@code +}, compiled by
 * javac at {@code -Xlint:all -Werror}: each gives back the text, character for character. Lines are
 * indented as JavaPoet indents them, empty lines not at all.
 */
class JavaStringsTest {
  private static final List<String> TEXTS = List.of(
      "one line\n",
      "two\nlines\n",
      "no line feed at the end",
      "ends in a space \nand two  \n",
      "   \nonly spaces above\n",
      "\n\nempty lines\n\n",
      "  leading spaces\n    more\n",
      "\"\"\" the delimiter\n\"\" two quotes \"\"\"\"\" five\nends in a quote \"\n\"",
      "back\\slash \\\"\"\" and \\\n\\",
      "tab\tcr\rform\fbell\u0007 nul\u0000 delete\u007f\n",
      "\\u000a \\u0022 unescaped escapes\n",
      "non-ASCII \u00e9 \u2014 \u00a0 \u3000 \ud83d\ude00\n",
      "");

  @Test
  void textBlocksAndLiteralsGiveBackTheText(@TempDir Path directory) throws Exception {
    StringBuilder source = new StringBuilder("public final class Texts {\n");
    for (int i = 0; i < TEXTS.size(); i++) {
      source.append("  public static final String BLOCK").append(i).append(" =\n      ")
          .append(JavaStrings.textBlock(TEXTS.get(i)).replaceAll("\n(?!\n)", "\n      ")).append(";\n");
      source.append("  public static final String LINES").append(i).append(" =\n      ")
          .append(JavaStrings.lines(TEXTS.get(i))).append(";\n");
    }
    Class<?> texts = compile(directory, source.append("}\n").toString());
    for (int i = 0; i < TEXTS.size(); i++) {
      assertEquals(TEXTS.get(i), texts.getDeclaredField("BLOCK" + i).get(null), "text block of text " + i);
      assertEquals(TEXTS.get(i), texts.getDeclaredField("LINES" + i).get(null), "literals of text " + i);
    }
  }

  @Test
  void lineSeparatorsKeepTextOutOfTextBlocks() {
    for (char separator : new char[] {'\u0085', '\u2028', '\u2029'}) {
      assertFalse(JavaStrings.fitsTextBlock("a " + separator + " b\n"), Integer.toHexString(separator));
    }
    assertTrue(TEXTS.stream().allMatch(JavaStrings::fitsTextBlock));
  }

  @Test
  void textBlockReadsAsLines() {
    assertEquals("\"\"\"\nTCPMUX\\t1\nRJE\\t5 \\s\n\"\"\"", JavaStrings.textBlock("TCPMUX\t1\nRJE\t5  \n"));
    String hostile = JavaStrings.textBlock("\"\"\"\"\n\"\n");
    assertFalse(hostile.substring(3, hostile.length() - 3).contains("\"\"\""), hostile);
    assertTrue(JavaStrings.textBlock("a").endsWith("a\\\n\"\"\""));
  }

  private static Class<?> compile(Path directory, String source) throws IOException, ReflectiveOperationException {
    Path file = Files.writeString(directory.resolve("Texts.java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-Xlint:all", "-Werror", "-d", directory.toString(), file.toString());
    assertEquals(0, status, source);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, null)) {
      return Class.forName("Texts", true, loader);
    }
  }
}
