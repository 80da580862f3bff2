package io.timecoin.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A transaction that is ordered and committed: its request, its result and the one event it emits.
 * Declared in {@link Transactions}; see there for the whole list.
 *
 * @param <Q> the request, which carries the requestId
 * @param <R> the result record
 */
public final class WriteTransaction<Q extends WriteRequest, R> extends LedgerTransaction<Q, R> {

  private final Class<Q> requestType;
  private final String eventName;
  private final Class<?> eventType;
  private final Function<Q, Object> argument;
  private final PrivatePart<Q> privatePart;
  private final Set<OrgRole> endorsers;

  /** The part of a request that travels only in the transient map, under {@code key}. */
  record PrivatePart<Q>(String key, Function<Q, Object> value) {}

  WriteTransaction(
      String name,
      Class<Q> requestType,
      Class<R> resultType,
      String eventName,
      Class<?> eventType,
      Set<OrgRole> allowedRoles,
      Function<Q, Object> argument,
      PrivatePart<Q> privatePart,
      Set<OrgRole> endorsers) {
    super(name, resultType, allowedRoles);
    this.requestType = Objects.requireNonNull(requestType, "requestType");
    this.eventName = Objects.requireNonNull(eventName, "eventName");
    this.eventType = Objects.requireNonNull(eventType, "eventType");
    this.argument = Objects.requireNonNull(argument, "argument");
    this.privatePart = privatePart;
    this.endorsers = Set.copyOf(endorsers);
  }

  /**
   * The organisations whose peers must endorse it, because the keys it writes carry a key-level
   * policy naming them (insurance keys: the insurer's peer; claim keys: the insurer's and the
   * platform's). Clients must ask exactly these organisations: a gateway left to choose by the
   * chaincode's MAJORITY policy may pick two others, and the write is then invalid at commit
   * ({@code ENDORSEMENT_POLICY_FAILURE}). Empty when any set the chaincode's policy accepts will
   * do.
   *
   * @return the roles, possibly empty
   */
  public Set<OrgRole> endorsers() {
    return endorsers;
  }

  /**
   * The request record a caller passes.
   *
   * @return the request type
   */
  public Class<Q> requestType() {
    return requestType;
  }

  /**
   * The name of the one event every committed write of this transaction emits, from {@link
   * EventNames}.
   *
   * @return the event name
   */
  public String eventName() {
    return eventName;
  }

  /**
   * The record the event payload is read as.
   *
   * @return the event payload type
   */
  public Class<?> eventType() {
    return eventType;
  }

  /**
   * Whether part of the request travels in the transient map rather than as the argument.
   *
   * @return true if {@link #transientData} is not empty for any request
   */
  public boolean hasPrivatePart() {
    return privatePart != null;
  }

  /**
   * The chaincode's one argument for {@code request}: the JSON of its public part.
   *
   * @param request the request
   * @return the argument
   */
  public String argument(Q request) {
    return LedgerJson.write(argument.apply(Objects.requireNonNull(request, "request")));
  }

  /**
   * What travels only to the endorsing peers, never into a block.
   *
   * @param request the request
   * @return the transient map; empty for requests without a private part
   */
  public Map<String, byte[]> transientData(Q request) {
    Objects.requireNonNull(request, "request");
    if (privatePart == null) {
      return Map.of();
    }
    return Map.of(privatePart.key(), LedgerJson.writeBytes(privatePart.value().apply(request)));
  }
}
