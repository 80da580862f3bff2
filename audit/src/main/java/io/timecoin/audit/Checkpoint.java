package io.timecoin.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.audit.policy.ChannelConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.peer.ApplicationPolicy;

/**
 * Everything needed to resume verification after a block without reading the chain again: the next
 * block number and the previous block's hash, the channel configuration in force, chaincode and
 * collection endorsement policies, and key-level policies. Written as JSON; the auditor should keep
 * it where no one else can write, since a resumed run trusts it as it trusts block 0.
 */
public final class Checkpoint {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FORMAT = 1;

  private final Stored stored;

  private Checkpoint(Stored stored) {
    this.stored = stored;
  }

  /** The JSON form; fields are public for Jackson only. */
  static final class Stored {
    @JsonProperty public int format = FORMAT;
    @JsonProperty public long nextBlock;
    @JsonProperty public String previousHash;
    @JsonProperty public String config;
    @JsonProperty public Map<String, String> chaincodePolicies = new TreeMap<>();
    @JsonProperty public Map<String, String> collectionPolicies = new TreeMap<>();
    @JsonProperty public Map<String, Map<String, String>> keyPolicies = new TreeMap<>();
  }

  static Checkpoint of(ChainState state) {
    Base64.Encoder base64 = Base64.getEncoder();
    Stored stored = new Stored();
    stored.nextBlock = state.nextBlockNumber;
    stored.previousHash = HexFormat.of().formatHex(state.previousHash);
    stored.config = base64.encodeToString(state.config.config().toByteArray());
    state.chaincodePolicies.forEach(
        (name, policy) ->
            stored.chaincodePolicies.put(name, base64.encodeToString(policy.toByteArray())));
    state.collectionPolicies.forEach(
        (name, policy) ->
            stored.collectionPolicies.put(name, base64.encodeToString(policy.toByteArray())));
    state.keyPolicies.forEach(
        (namespace, keys) -> {
          Map<String, String> encoded = new TreeMap<>();
          keys.forEach(
              (key, policy) -> encoded.put(key, base64.encodeToString(policy.toByteArray())));
          stored.keyPolicies.put(namespace, encoded);
        });
    return new Checkpoint(stored);
  }

  /** The number of the first block a verifier resumed from this checkpoint expects. */
  public long nextBlockNumber() {
    return stored.nextBlock;
  }

  ChainState toState() {
    Base64.Decoder base64 = Base64.getDecoder();
    try {
      ChainState state =
          new ChainState(
              stored.nextBlock,
              HexFormat.of().parseHex(stored.previousHash),
              ChannelConfig.of(Config.parseFrom(base64.decode(stored.config))));
      for (var entry : stored.chaincodePolicies.entrySet()) {
        state.chaincodePolicies.put(
            entry.getKey(), ApplicationPolicy.parseFrom(base64.decode(entry.getValue())));
      }
      for (var entry : stored.collectionPolicies.entrySet()) {
        state.collectionPolicies.put(
            entry.getKey(), ApplicationPolicy.parseFrom(base64.decode(entry.getValue())));
      }
      stored.keyPolicies.forEach(
          (namespace, keys) ->
              keys.forEach(
                  (key, policy) ->
                      state.setKeyPolicy(
                          namespace, key, ByteString.copyFrom(base64.decode(policy)))));
      return state;
    } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the checkpoint's contents do not parse", e);
    }
  }

  /**
   * Reads a checkpoint file.
   *
   * @throws IllegalArgumentException if the file is not a checkpoint of this format
   */
  public static Checkpoint read(Path file) {
    Stored stored;
    try {
      stored = JSON.readValue(file.toFile(), Stored.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read checkpoint " + file + ": " + e.getMessage(), e);
    }
    if (stored.format != FORMAT || stored.previousHash == null || stored.config == null) {
      throw new IllegalArgumentException("not a checkpoint of format " + FORMAT + ": " + file);
    }
    Checkpoint checkpoint = new Checkpoint(stored);
    checkpoint.toState();
    return checkpoint;
  }

  /** The checkpoint as JSON text, for a store that keeps it in a column instead of a file. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(stored);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode the checkpoint", e);
    }
  }

  /**
   * Reads a checkpoint from the JSON text {@link #toJson()} wrote.
   *
   * @throws IllegalArgumentException if the text is not a checkpoint of this format
   */
  public static Checkpoint fromJson(String json) {
    Stored stored;
    try {
      stored = JSON.readValue(json, Stored.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the checkpoint: " + e.getMessage(), e);
    }
    if (stored.format != FORMAT || stored.previousHash == null || stored.config == null) {
      throw new IllegalArgumentException("not a checkpoint of format " + FORMAT);
    }
    Checkpoint checkpoint = new Checkpoint(stored);
    checkpoint.toState();
    return checkpoint;
  }

  /** Writes the checkpoint atomically (a crash leaves the old file or the new one). */
  public void write(Path file) {
    try {
      Path absolute = file.toAbsolutePath();
      Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
      JSON.writeValue(temporary.toFile(), stored);
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write checkpoint " + file, e);
    }
  }
}
