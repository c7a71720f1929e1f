package io.portolan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * {@code @PortCatalog} is kept in the class files javac writes (Gradle's incremental compilation
 * needs that of an aggregating processor's annotations), and not at run time: read with {@code javap}
 * from the compiled classes of this test.
 */
class PortCatalogRetentionTest {
  @PortCatalog(source = "ports/one.csv", rename = @PortCatalog.Rename(service = "http-alt", constant = "WEB"))
  static final class OneCatalog {}

  @PortCatalog
  @PortCatalog(source = PortCatalog.IANA)
  static final class TwoCatalogs {}

  private static String javap(Class<?> type) throws URISyntaxException {
    Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    StringWriter out = new StringWriter();
    int status = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(out), "-v", "-cp", classes.toString(), type.getName());
    assertEquals(0, status, out::toString);
    return out.toString();
  }

  /** What javap prints from the class's RuntimeInvisibleAnnotations attribute on. */
  private static String invisibleAnnotations(String javap) {
    int at = javap.lastIndexOf("RuntimeInvisibleAnnotations:");
    assertTrue(at >= 0, "no class-retained annotation:\n" + javap);
    return javap.substring(at);
  }

  @Test
  void anAnnotationAndItsRenamesAreInTheClassFile() throws URISyntaxException {
    String javap = javap(OneCatalog.class);
    String annotations = invisibleAnnotations(javap);
    assertTrue(annotations.contains("io.portolan.PortCatalog("), annotations);
    assertTrue(annotations.contains("source=\"ports/one.csv\""), annotations);
    assertTrue(annotations.contains("@io.portolan.PortCatalog$Rename("), annotations);
    assertTrue(annotations.contains("service=\"http-alt\""), annotations);
    assertFalse(javap.contains("RuntimeVisibleAnnotations:"), "not kept for run time:\n" + javap);
    assertNull(OneCatalog.class.getAnnotation(PortCatalog.class));
  }

  @Test
  void repeatedAnnotationsAreInTheClassFileInTheirContainer() throws URISyntaxException {
    String annotations = invisibleAnnotations(javap(TwoCatalogs.class));
    assertTrue(annotations.contains("io.portolan.PortCatalog$List("), annotations);
    assertTrue(annotations.contains("source=\"portolan:iana\""), annotations);
  }
}
