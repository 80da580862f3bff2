package io.timecoin.audit;

/**
 * One public world-state write of a transaction.
 *
 * @param namespace the chaincode namespace
 * @param key the key (composite keys keep their {@code \u0000} separators)
 * @param value the value written; empty for a delete
 * @param isDelete whether the key was deleted
 */
public record StateWrite(String namespace, String key, byte[] value, boolean isDelete) {

  public StateWrite {
    value = value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }
}
