package io.timecoin.model;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A query, evaluated on one peer and never ordered. Declared in {@link Transactions}.
 *
 * @param <A> what the caller passes: a bare id (sent as it is) or a query record (sent as JSON)
 * @param <R> the result record
 */
public final class ReadTransaction<A, R> extends LedgerTransaction<A, R> {

  private final Class<A> argumentType;
  private final Function<A, String> encode;

  ReadTransaction(
      String name,
      Class<A> argumentType,
      Class<R> resultType,
      Set<OrgRole> allowedRoles,
      Function<A, String> encode) {
    super(name, resultType, allowedRoles);
    this.argumentType = Objects.requireNonNull(argumentType, "argumentType");
    this.encode = Objects.requireNonNull(encode, "encode");
  }

  /**
   * What a caller passes.
   *
   * @return the argument type
   */
  public Class<A> argumentType() {
    return argumentType;
  }

  /**
   * The chaincode's one argument, after the same checks the chaincode makes, so a malformed id is
   * refused before anything is sent.
   *
   * @param argument the id or query
   * @return the argument as sent
   * @throws LedgerValidationException if the argument breaks its rule
   */
  public String argument(A argument) {
    return encode.apply(Objects.requireNonNull(argument, "argument"));
  }
}
