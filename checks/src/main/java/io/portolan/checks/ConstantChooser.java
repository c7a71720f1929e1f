package io.portolan.checks;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.catalogs.DefaultPort;
import io.portolan.catalogs.IanaPort;
import io.portolan.catalogs.WellKnownPort;
import io.portolan.checks.Choice.Catalog;
import io.portolan.checks.Choice.CatalogConstant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the constant a port is, from the bundled catalogs' lookups ({@code byNumber}, in each
 * catalog's documented lookup order). The rule, in order:
 *
 * <ol>
 *   <li><b>Candidates.</b> Every service on the port in the well-known catalog (for 0-1023), the
 *       software-defaults catalog and the IANA registry, one per constant (a name means one port in
 *       all three; its class is the first of {@code WellKnownPorts}, {@code DefaultPorts},
 *       {@code IanaPorts} that has it), deprecated ones left out; where the API tells the transport
 *       ({@code DatagramSocket}: UDP), only the services over it.
 *   <li><b>The API's service.</b> Where a library is made for one service (Jedis: Redis), only the
 *       candidates that service's name names; none, and the port is no finding (a Redis node on 7000
 *       is no Cassandra).
 *   <li><b>Words.</b> The words around the literal (the variable's, parameter's and method's names,
 *       a host written beside it: {@code kafkaPort}, {@code "elasticsearch"}) against each
 *       candidate's constant, service name and aliases, word by word (a word of five letters or more
 *       also matches a name it begins: {@code postgres}, {@code mongo}). The candidates that share the
 *       most words go on to the next step; where no candidate shares one, all go on.
 *   <li><b>The primary service.</b> For 0-1023, the first candidate in the well-known catalog's
 *       lookup order. Otherwise, the names developers type: a protocol's alternate port
 *       ({@code HTTP_ALT} on 8080, {@code HTTPS_ALT} on 8443: a constant that is a well-known
 *       constant followed by {@code _ALT}), if one; else the software-defaults catalog's service, if
 *       it has one; else, of several there, the one the IANA registry assigns the port to, if one;
 *       else, when the defaults catalog has none, the registry's service, if it has one.
 *   <li><b>Several.</b> Otherwise, when the defaults catalog (or, without it, the registry) has
 *       several candidates, they are listed and none is chosen (9092: {@code KAFKA} and
 *       {@code REDPANDA}; 9000: eight products); with no candidate, the port is no finding.
 * </ol>
 */
final class ConstantChooser {
  private static final int WELL_KNOWN_END = 1024;

  /** The well-known catalog's constants, which an alternate port's constant begins with. */
  private static final Set<String> WELL_KNOWN_NAMES = wellKnownNames();

  /** Choices without words, by port and transport: most literals of a codebase are a few ports. */
  private final Map<String, Choice> plain = new ConcurrentHashMap<>();

  /** One candidate: a service and the catalog whose constants class holds its constant. */
  private record Candidate(ServicePort service, Catalog catalog) {
    CatalogConstant constant() {
      return new CatalogConstant(catalog, service.constantName());
    }
  }

  private static Set<String> wellKnownNames() {
    Set<String> names = new HashSet<>();
    for (WellKnownPort port : WellKnownPort.values()) {
      names.add(port.constantName());
    }
    return names;
  }

  /** Returns the constant {@code use} is, the several it may be, or none. */
  Choice choose(PortUse use) {
    if (use.words().isEmpty() && use.service().isEmpty()) {
      return plain.computeIfAbsent(use.port() + "/" + use.transport(), key -> decide(use));
    }
    return decide(use);
  }

  private static Choice decide(PortUse use) {
    List<Candidate> candidates = candidates(use);
    if (use.service().isPresent()) {
      // No service on the number is the API's: its port, but one no catalog names (Redis on 7000).
      candidates = candidates.stream().filter(c -> score(c, List.of(use.service().get())) > 0).toList();
    }
    if (candidates.isEmpty()) {
      return new Choice.None();
    }
    return primary(use.port(), byWords(candidates, use.words()));
  }

  private static List<Candidate> candidates(PortUse use) {
    Map<String, Candidate> byConstant = new LinkedHashMap<>();
    if (use.port() < WELL_KNOWN_END) {
      add(byConstant, WellKnownPort.byNumber(use.port()), Catalog.WELL_KNOWN, use);
    }
    add(byConstant, DefaultPort.byNumber(use.port()), Catalog.DEFAULTS, use);
    add(byConstant, IanaPort.byNumber(use.port()), Catalog.IANA, use);
    return new ArrayList<>(byConstant.values());
  }

  private static void add(Map<String, Candidate> byConstant, List<? extends ServicePort> services, Catalog catalog, PortUse use) {
    for (ServicePort service : services) {
      // byNumber also lists services on a range of ports that holds this one; a constant is one number.
      boolean exact = service.number() == use.port();
      boolean overTransport = use.transport().map(service::supports).orElse(true);
      if (exact && overTransport && !service.isDeprecated()) {
        byConstant.putIfAbsent(service.constantName(), new Candidate(service, catalog));
      }
    }
  }

  /** The candidates that share the most words with the literal's, or all when none shares one. */
  private static List<Candidate> byWords(List<Candidate> candidates, List<String> words) {
    if (words.isEmpty()) {
      return candidates;
    }
    List<Candidate> best = new ArrayList<>();
    int bestScore = 0;
    for (Candidate candidate : candidates) {
      int score = score(candidate, words);
      if (score > bestScore) {
        best.clear();
        bestScore = score;
      }
      if (score == bestScore && score > 0) {
        best.add(candidate);
      }
    }
    return best.isEmpty() ? candidates : best;
  }

  /** How many of {@code words} name the candidate: its constant, service name or an alias. */
  private static int score(Candidate candidate, List<String> words) {
    List<String> names = new ArrayList<>(candidate.service().aliases());
    names.add(candidate.service().constantName());
    names.add(candidate.service().serviceName());
    List<String> nameWords = Words.ofNames(names);
    int score = 0;
    for (String word : words) {
      if (nameWords.stream().anyMatch(nameWord -> Words.matches(word, nameWord))) {
        score++;
      }
    }
    return score;
  }

  private static Choice primary(int port, List<Candidate> candidates) {
    if (candidates.size() == 1) {
      return new Choice.One(candidates.get(0).constant());
    }
    if (port < WELL_KNOWN_END) {
      for (Candidate candidate : candidates) {
        if (candidate.catalog() == Catalog.WELL_KNOWN) {
          return new Choice.One(candidate.constant());
        }
      }
    }
    List<Candidate> alternates = candidates.stream().filter(ConstantChooser::isAlternate).toList();
    if (alternates.size() == 1) {
      return new Choice.One(alternates.get(0).constant());
    }
    List<Candidate> defaults = from(candidates, Catalog.DEFAULTS);
    if (defaults.size() == 1) {
      return new Choice.One(defaults.get(0).constant());
    }
    if (defaults.size() > 1) {
      List<Candidate> official = defaults.stream()
          .filter(candidate -> candidate.service().assignment() == Assignment.OFFICIAL).toList();
      return official.size() == 1 ? new Choice.One(official.get(0).constant()) : several(defaults);
    }
    List<Candidate> registry = from(candidates, Catalog.IANA);
    if (registry.size() == 1) {
      return new Choice.One(registry.get(0).constant());
    }
    return registry.isEmpty() ? several(candidates) : several(registry);
  }

  /** Whether the candidate is a well-known protocol's alternate port: {@code HTTP_ALT}. */
  private static boolean isAlternate(Candidate candidate) {
    String name = candidate.service().constantName();
    return name.endsWith("_ALT") && WELL_KNOWN_NAMES.contains(name.substring(0, name.length() - "_ALT".length()));
  }

  private static List<Candidate> from(List<Candidate> candidates, Catalog catalog) {
    return candidates.stream().filter(candidate -> candidate.catalog() == catalog).toList();
  }

  private static Choice several(List<Candidate> candidates) {
    return new Choice.Several(candidates.stream().map(Candidate::constant).toList());
  }
}
