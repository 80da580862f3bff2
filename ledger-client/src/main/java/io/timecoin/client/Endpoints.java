package io.timecoin.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failover across the configured gateway endpoints. A call goes to the endpoint that served last
 * (the first configured one at the start); if that endpoint cannot be reached and nothing was sent
 * for ordering, the same call is made on the next one, and so on once round the list. The endpoint
 * that answers becomes the one tried first from then on.
 */
final class Endpoints {

  private static final Logger LOG = LoggerFactory.getLogger(Endpoints.class);

  private final List<EndpointSession> sessions;
  private final AtomicInteger preferred = new AtomicInteger();

  Endpoints(List<EndpointSession> sessions) {
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("at least one gateway endpoint is needed");
    }
    this.sessions = List.copyOf(sessions);
  }

  /** The endpoint tried first by the next call. */
  EndpointSession current() {
    return sessions.get(preferred.get());
  }

  List<EndpointSession> all() {
    return sessions;
  }

  /**
   * Runs {@code call} on the preferred endpoint, then on the others while each fails as unreachable
   * ({@link LedgerFailures#endpointUnreachable}). Any other outcome, success or failure, is final.
   */
  <T> T call(Function<EndpointSession, T> call) {
    int first = preferred.get();
    LedgerException lastUnreachable = null;
    for (int i = 0; i < sessions.size(); i++) {
      int index = (first + i) % sessions.size();
      EndpointSession session = sessions.get(index);
      try {
        T result = call.apply(session);
        if (index != first && preferred.compareAndSet(first, index)) {
          LOG.warn(
              "Gateway endpoint {} unreachable; {} answered and is used from now on",
              sessions.get(first).address(),
              session.address());
        }
        return result;
      } catch (LedgerException e) {
        if (!LedgerFailures.endpointUnreachable(e)) {
          throw e;
        }
        LOG.debug("Gateway endpoint {} unreachable: {}", session.address(), e.getMessage());
        lastUnreachable = e;
      }
    }
    throw Objects.requireNonNull(lastUnreachable);
  }
}
