package io.timecoin.auditstore.block;

import java.util.Arrays;
import java.util.Objects;

/**
 * One key a transaction wrote in the chaincode's namespace: its new value, or its deletion.
 *
 * @param key the world-state key as the chaincode built it (composite keys with their NUL bytes)
 * @param value the new value, empty for a delete
 * @param delete whether the key was deleted
 */
public record StateWrite(String key, byte[] value, boolean delete) {

  public StateWrite {
    Objects.requireNonNull(key, "key");
    value = value == null ? new byte[0] : value.clone();
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StateWrite that
        && key.equals(that.key)
        && delete == that.delete
        && Arrays.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, delete, Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "StateWrite[" + key.replace('\0', '/') + (delete ? ", deleted]" : "]");
  }
}
