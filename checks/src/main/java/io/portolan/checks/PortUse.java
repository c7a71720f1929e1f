package io.portolan.checks;

import io.portolan.Transport;
import java.util.List;
import java.util.Optional;

/**
 * A literal that is a port: its number, the transport where the API tells it, and the words around
 * it (the names of the variable, parameter and method, and the host written beside it).
 *
 * @param port the literal's value, 0 to 65535
 * @param transport the transport the API uses ({@code DatagramSocket}: UDP), if it tells one
 * @param words the lower-case words around the literal, as {@link Words#around} gives them
 * @param service the one service an API is made for ({@code redis} for Jedis), whose port this is
 *     whatever its number: when no catalog's service on the number is that one, it is no finding
 */
record PortUse(int port, Optional<Transport> transport, List<String> words, Optional<String> service) {}
