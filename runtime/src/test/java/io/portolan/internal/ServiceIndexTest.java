package io.portolan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ServiceIndexTest {
  /** A catalog as a generated enum would hold it, in table order. */
  enum Sample implements ServicePort {
    QUIC(80, 80, "quic", Assignment.UNOFFICIAL, "", "", false),
    HTTP_DRAFT(80, 80, "http-draft", Assignment.UNOFFICIAL, "", "9110", false),
    HTTP_PLAIN(80, 80, "http-plain", Assignment.OFFICIAL, "www", "", false),
    HTTP(80, 80, "http", Assignment.OFFICIAL, "www-http", "9110", false),
    DNS(53, 53, "domain", Assignment.OFFICIAL, "nameserver", "1034 1035", false),
    PROXY(3128, 3128, "squid", Assignment.UNOFFICIAL, "", "", false),
    SQUID_CACHE(3129, 3129, "cache", Assignment.UNOFFICIAL, "proxy web\\scache", "", false),
    WWW(8000, 8000, "www-alt", Assignment.UNOFFICIAL, "", "", false),
    X11(6000, 6063, "x11", Assignment.OFFICIAL, "", "", false),
    OLD_DNS(53, 53, "domain-old", Assignment.OFFICIAL, "domain", "", true),
    OLD_X11(6001, 6001, "x11-old", Assignment.OFFICIAL, "", "", true);

    private final int number;
    private final int lastNumber;
    private final String serviceName;
    private final Assignment assignment;
    private final String aliases;
    private final String references;
    private final boolean deprecated;

    Sample(int number, int lastNumber, String serviceName, Assignment assignment, String aliases,
        String references, boolean deprecated) {
      this.number = number;
      this.lastNumber = lastNumber;
      this.serviceName = serviceName;
      this.assignment = assignment;
      this.aliases = aliases;
      this.references = references;
      this.deprecated = deprecated;
    }

    @Override
    public String constantName() {
      return name();
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public int lastNumber() {
      return lastNumber;
    }

    @Override
    public String serviceName() {
      return serviceName;
    }

    @Override
    public List<String> aliases() {
      return ServiceFields.words(aliases);
    }

    @Override
    public List<URI> references() {
      return ServiceFields.rfcLinks(references);
    }

    @Override
    public Set<Transport> transports() {
      return Transports.of(Transports.TCP);
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Assignment assignment() {
      return assignment;
    }

    @Override
    public boolean isDeprecated() {
      return deprecated;
    }
  }

  private final ServiceIndex<Sample> index = new ServiceIndex<>(Sample.values());

  @Test
  void allIsEveryServiceInTableOrder() {
    assertEquals(List.of(Sample.values()), index.all());
    assertSame(index.all(), index.all());
    assertThrows(UnsupportedOperationException.class, () -> index.all().set(0, Sample.DNS));
  }

  @Test
  void aPortsServicesComeOfficialFirstThenCitingAnRfcThenInTableOrder() {
    assertEquals(List.of(Sample.HTTP, Sample.HTTP_PLAIN, Sample.HTTP_DRAFT, Sample.QUIC), index.byNumber(80));
    assertThrows(UnsupportedOperationException.class, () -> index.byNumber(80).remove(0));
    assertThrows(UnsupportedOperationException.class, () -> index.byNumber(3128).remove(0));
  }

  @Test
  void deprecatedServicesAreLeftOutOfTheNumbers() {
    assertEquals(List.of(Sample.DNS), index.byNumber(53));
    assertEquals(List.of(Sample.X11), index.byNumber(6001));
  }

  @Test
  void rangesAndPortsOutsideTheCatalog() {
    assertEquals(List.of(Sample.X11), index.byNumber(6000));
    assertEquals(List.of(Sample.X11), index.byNumber(6063));
    for (int number : new int[] {0, 22, 6064, 8001, 65535, 65536, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(List.of(), index.byNumber(number), "port " + number);
    }
  }

  @Test
  void namesAreFoundIgnoringCase() {
    assertEquals(Optional.of(Sample.DNS), index.byServiceName("domain"));
    assertEquals(Optional.of(Sample.DNS), index.byServiceName("DoMaIn"));
    assertEquals(Optional.of(Sample.DNS), index.byServiceName("NAMESERVER"));
    assertEquals(Optional.of(Sample.SQUID_CACHE), index.byServiceName("Web Cache"));
    assertEquals(Optional.empty(), index.byServiceName("gopher"));
    assertEquals(Optional.empty(), index.byServiceName(""));
    assertThrows(NullPointerException.class, () -> index.byServiceName(null));
  }

  /** A hit hands out the service's one Optional, made with the index: a lookup allocates nothing. */
  @Test
  void aLookupThatFindsAServiceHandsOutItsOneOptional() {
    assertSame(index.byServiceName("domain"), index.byServiceName("DOMAIN"));
    assertSame(index.byServiceName("nameserver"), index.byServiceName("DnS"));
    assertSame(index.byServiceName("www-alt"), index.byServiceName("WWW-ALT"));
  }

  /** Beyond ASCII, Unicode's case mapping decides, as {@code toLowerCase(Locale.ROOT)} does. */
  @Test
  void namesBeyondAsciiFoldAsTheRootLocaleDoes() {
    // U+212A KELVIN SIGN lower-cases to 'k' and U+0130 to "i\u0307": neither gives a name here.
    assertEquals(Optional.empty(), index.byServiceName("s\u212auid"));
    assertEquals(Optional.empty(), index.byServiceName("SQU\u0130D"));
    assertEquals(Optional.of(Sample.PROXY), index.byServiceName("SQUID"));
    assertEquals(Optional.of(Sample.SQUID_CACHE), index.byServiceName("WEB CACHE"));
  }

  /** The table's names before constant names: "proxy", an alias of a later service, beats PROXY. */
  @Test
  void tableNamesComeBeforeConstantNames() {
    assertEquals(Optional.of(Sample.SQUID_CACHE), index.byServiceName("proxy"));
    assertEquals(Optional.of(Sample.HTTP_PLAIN), index.byServiceName("www"));
    assertEquals(Optional.of(Sample.SQUID_CACHE), index.byServiceName("squid_cache"));
    assertEquals(Optional.of(Sample.HTTP_DRAFT), index.byServiceName("HTTP_DRAFT"));
    assertEquals(Optional.of(Sample.WWW), index.byServiceName("www-alt"));
  }

  /** An earlier service's other name beats a later service's name, as getservbyname reads a file. */
  @Test
  void anEarlierServiceKeepsItsNames() {
    assertEquals(Optional.of(Sample.DNS), index.byServiceName("domain"));
    assertEquals(Optional.of(Sample.OLD_DNS), index.byServiceName("domain-old"));
    assertEquals(Optional.of(Sample.OLD_X11), index.byServiceName("old_x11"));
  }

  /**
   * Threads that race to a fresh index's first lookups all get the right answers, from tables built
   * once: every thread gets the very same list.
   */
  @Test
  void racingFirstLookupsAllSeeOneIndex() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        ServiceIndex<Sample> fresh = new ServiceIndex<>(Sample.values());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Sample>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          boolean byName = t % 2 == 0;
          results.add(pool.submit(() -> {
            start.await();
            if (byName) {
              assertEquals(Optional.of(Sample.SQUID_CACHE), fresh.byServiceName("proxy"));
            }
            return fresh.byNumber(80);
          }));
        }
        start.countDown();
        List<Sample> first = results.get(0).get();
        assertEquals(List.of(Sample.HTTP, Sample.HTTP_PLAIN, Sample.HTTP_DRAFT, Sample.QUIC), first);
        for (Future<List<Sample>> result : results) {
          assertSame(first, result.get(), "round " + round);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
