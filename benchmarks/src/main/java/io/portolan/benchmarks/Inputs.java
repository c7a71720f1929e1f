package io.portolan.benchmarks;

/**
 * The lookups every lookup benchmark makes, in this order: ports and names people look up, from
 * the well-known range and above it, in lower and upper case, and some that no table has. Every
 * implementation gets the same inputs; {@link Sanity} prints which of them each one finds.
 */
public final class Inputs {
  /** Ports: 14 assigned in the IANA registry (8 of them below 1024), 2 that no table names. */
  public static final int[] PORTS = {
    22, 80, 443, 53, 3306, 5432, 25, 6379, 123, 8080, 993, 27017, 389, 11211, 4, 49151
  };

  /** Names: 14 service names, one in upper case, and 2 that no table has. */
  public static final String[] NAMES = {
    "ssh", "http", "https", "domain", "mysql", "postgresql", "smtp", "redis",
    "ntp", "http-alt", "imaps", "mongodb", "ldap", "HTTPS", "no-such-service", "sshd"
  };

  /** How many lookups one benchmark operation makes: the length of each array. */
  public static final int COUNT = 16;

  private Inputs() {}
}
