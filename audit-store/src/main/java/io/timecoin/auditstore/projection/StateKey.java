package io.timecoin.auditstore.projection;

import java.util.List;
import java.util.Optional;

/**
 * A composite world-state key as the chaincode builds it ({@code \0type\0attr1\0attr2\0}, see the
 * chaincode's {@code LedgerKeys}). Simple keys (the {@code entrytime|…} index) are not composite.
 *
 * @param type the object type, e.g. {@code account}
 * @param attributes the key's attributes in order
 */
record StateKey(String type, List<String> attributes) {

  private static final char NUL = '\0';

  StateKey {
    attributes = List.copyOf(attributes);
  }

  static Optional<StateKey> parse(String key) {
    if (key.length() < 2 || key.charAt(0) != NUL || key.charAt(key.length() - 1) != NUL) {
      return Optional.empty();
    }
    List<String> parts = List.of(key.substring(1, key.length() - 1).split("\0", -1));
    return Optional.of(new StateKey(parts.get(0), parts.subList(1, parts.size())));
  }
}
