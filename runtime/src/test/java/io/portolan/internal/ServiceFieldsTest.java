package io.portolan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceFieldsTest {
  @Test
  void wordsAreSplitAtSpaces() {
    assertEquals(Collections.emptyList(), ServiceFields.words(""));
    assertEquals(Collections.singletonList("www"), ServiceFields.words("www"));
    assertEquals(Arrays.asList("www", "www-http", "http"), ServiceFields.words("www www-http http"));
  }

  @Test
  void escapesAreUndone() {
    assertEquals(Arrays.asList("web cache", "proxy"), ServiceFields.words("web\\scache proxy"));
    assertEquals(Collections.singletonList("a\\b"), ServiceFields.words("a\\\\b"));
    assertEquals(Collections.singletonList("\\s"), ServiceFields.words("\\\\s"));
    assertEquals(Collections.singletonList("tab\there\nline\rend"), ServiceFields.words("tab\\there\\nline\\rend"));
    assertEquals(Collections.singletonList(" "), ServiceFields.words("\\s"));
  }

  @Test
  void emptyWordsAreKept() {
    assertEquals(Arrays.asList("", "a", ""), ServiceFields.words(" a "));
  }

  @Test
  void wordsAreUnmodifiable() {
    List<String> words = ServiceFields.words("www http");
    assertThrows(UnsupportedOperationException.class, () -> words.add("x"));
    assertThrows(UnsupportedOperationException.class, () -> ServiceFields.words("").add("x"));
  }

  @Test
  void rfcNumbersBecomeLinksInOrder() {
    assertEquals(Collections.emptyList(), ServiceFields.rfcLinks(""));
    assertEquals(Collections.singletonList(URI.create("https://www.rfc-editor.org/rfc/rfc4251")),
        ServiceFields.rfcLinks("4251"));
    assertEquals(Arrays.asList(URI.create("https://www.rfc-editor.org/rfc/rfc1035"),
            URI.create("https://www.rfc-editor.org/rfc/rfc1034"), URI.create("https://www.rfc-editor.org/rfc/rfc9260")),
        ServiceFields.rfcLinks("1035 1034 9260"));
  }

  @Test
  void linksAreUnmodifiable() {
    assertThrows(UnsupportedOperationException.class, () -> ServiceFields.rfcLinks("4251").clear());
  }
}
