package io.timecoin.chaincode.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * A world state in memory with Fabric's transaction semantics: reads see committed state only (not
 * the transaction's own writes), writes are collected per transaction and applied by {@link
 * #commit()}, which also appends them to each key's history (with the transaction's id and
 * timestamp), and only the last event set survives. Paginated range queries behave like Fabric's on
 * LevelDB: the bookmark is the key to continue from, empty when there is nothing more, and a
 * bookmark given replaces the start key. Every key read (point reads and rows returned by range
 * queries) is counted, so tests can check what a transaction costs. Whatever the chaincode does not
 * use throws {@link UnsupportedOperationException} rather than pretending.
 *
 * <p>It also models the transient map, private data collections ({@code memberOnlyRead} and {@code
 * memberOnlyWrite}, values only on member peers, hashes everywhere) and key-level endorsement
 * policies, all committed with the transaction's writes.
 */
public final class InMemoryStub implements ChaincodeStub {

  private static final String MAX_UNICODE_RUNE = new String(Character.toChars(0x10FFFF));

  private final String channelId;
  private final String peerMspId;
  private final NavigableMap<String, byte[]> committed = new TreeMap<>();
  private final Map<String, List<Version>> history = new HashMap<>();

  private final Map<String, byte[]> pendingWrites = new LinkedHashMap<>();
  private final Map<String, byte[]> validationParameters = new HashMap<>();
  private final Map<String, byte[]> pendingValidationParameters = new LinkedHashMap<>();
  private final Map<String, Set<String>> collectionMembers = new HashMap<>();
  private final Map<String, NavigableMap<String, byte[]>> privateCommitted = new HashMap<>();
  private final Map<String, Map<String, byte[]>> privatePending = new LinkedHashMap<>();
  private final Map<String, Map<String, byte[]>> privateHashes = new HashMap<>();
  private Map<String, byte[]> transientMap = Map.of();
  private String txId = "";
  private Instant txTimestamp = Instant.EPOCH;
  private byte[] creator = new byte[0];
  private List<byte[]> args = List.of();
  private String eventName;
  private byte[] eventPayload;
  private int eventsSet;
  private int keysRead;
  private boolean committedTx;

  public InMemoryStub(String channelId, String peerMspId) {
    this.channelId = channelId;
    this.peerMspId = peerMspId;
  }

  /** Starts a new transaction; anything not committed from the previous one is dropped. */
  public void begin(String txId, Instant timestamp, byte[] creator, String... args) {
    this.txId = Objects.requireNonNull(txId);
    this.txTimestamp = Objects.requireNonNull(timestamp);
    this.creator = creator.clone();
    this.args = Arrays.stream(args).map(a -> a.getBytes(UTF_8)).toList();
    pendingWrites.clear();
    pendingValidationParameters.clear();
    privatePending.clear();
    transientMap = Map.of();
    eventName = null;
    eventPayload = null;
    eventsSet = 0;
    keysRead = 0;
    committedTx = false;
  }

  /**
   * Applies the current transaction's writes, as a valid transaction's commit would, and records
   * them in each key's history.
   */
  public void commit() {
    if (committedTx) {
      throw new IllegalStateException("transaction " + txId + " is already committed");
    }
    pendingWrites.forEach(
        (key, value) -> {
          if (value == null) {
            committed.remove(key);
          } else {
            committed.put(key, value);
          }
          history
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(new Version(txId, txTimestamp, value == null ? null : value.clone()));
        });
    validationParameters.putAll(pendingValidationParameters);
    privatePending.forEach(
        (collection, writes) -> {
          // Hashes reach every peer; the values only the peers of member organisations.
          hashesOnly(collection, writes);
          if (!members(collection).contains(peerMspId)) {
            return;
          }
          NavigableMap<String, byte[]> data =
              privateCommitted.computeIfAbsent(collection, c -> new TreeMap<>());
          writes.forEach(
              (key, value) -> {
                if (value == null) {
                  data.remove(key);
                } else {
                  data.put(key, value);
                }
              });
        });
    // The writes stay visible through writtenKeys() until the next begin(); committing twice
    // must not apply them twice.
    committedTx = true;
  }

  /**
   * Sets the transient map of the current transaction (call after {@link #begin}); like Fabric's,
   * it is never part of the recorded transaction.
   */
  public void setTransient(Map<String, byte[]> values) {
    Map<String, byte[]> copy = new HashMap<>();
    values.forEach((key, value) -> copy.put(key, value.clone()));
    transientMap = Collections.unmodifiableMap(copy);
  }

  /**
   * Declares a private data collection with {@code memberOnlyRead}/{@code memberOnlyWrite}: only
   * clients of the member MSPs may read or write it, and only a peer of a member MSP holds its
   * values; every peer holds their hashes.
   */
  public void defineCollection(String collection, Set<String> memberMspIds) {
    collectionMembers.put(collection, Set.copyOf(memberMspIds));
  }

  /** Committed private values of a collection as UTF-8 text (whatever this peer may hold). */
  public Map<String, String> privateSnapshot(String collection) {
    Map<String, String> copy = new TreeMap<>();
    privateCommitted
        .getOrDefault(collection, new TreeMap<>())
        .forEach((key, value) -> copy.put(key, new String(value, UTF_8)));
    return copy;
  }

  /** The committed key-level endorsement policy of {@code key}, if one was set. */
  public Optional<byte[]> validationParameter(String key) {
    return Optional.ofNullable(validationParameters.get(key)).map(byte[]::clone);
  }

  /** Keys whose endorsement policy the current transaction set. */
  public List<String> writtenValidationParameters() {
    return new ArrayList<>(pendingValidationParameters.keySet());
  }

  /** Private keys the current transaction wrote, as {@code collection/key}. */
  public List<String> writtenPrivateKeys() {
    List<String> written = new ArrayList<>();
    privatePending.forEach((c, writes) -> writes.keySet().forEach(k -> written.add(c + "/" + k)));
    return written;
  }

  /** Puts a value straight into committed state, e.g. data written by an earlier version. */
  public void seed(String key, String value) {
    committed.put(key, value.getBytes(UTF_8));
  }

  /** Keys in committed state; a test's view, not counted as reads. */
  public NavigableMap<String, byte[]> committedState() {
    return Collections.unmodifiableNavigableMap(committed);
  }

  /** The committed world state, values as UTF-8 text, in key order. */
  public Map<String, String> snapshot() {
    Map<String, String> copy = new TreeMap<>();
    committed.forEach((key, value) -> copy.put(key, new String(value, UTF_8)));
    return copy;
  }

  /** Keys the current transaction wrote or deleted, in order. */
  public List<String> writtenKeys() {
    return new ArrayList<>(pendingWrites.keySet());
  }

  public int eventsSet() {
    return eventsSet;
  }

  /** Keys the current transaction read: point reads plus rows returned by range queries. */
  public int keysRead() {
    return keysRead;
  }

  public Optional<String> eventName() {
    return Optional.ofNullable(eventName);
  }

  public Optional<String> eventPayload() {
    return Optional.ofNullable(eventPayload).map(p -> new String(p, UTF_8));
  }

  @Override
  public List<byte[]> getArgs() {
    return args.stream().map(byte[]::clone).toList();
  }

  @Override
  public List<String> getStringArgs() {
    return args.stream().map(a -> new String(a, UTF_8)).toList();
  }

  @Override
  public String getFunction() {
    return getStringArgs().isEmpty() ? null : getStringArgs().get(0);
  }

  @Override
  public List<String> getParameters() {
    List<String> all = getStringArgs();
    return all.isEmpty() ? List.of() : all.subList(1, all.size());
  }

  @Override
  public String getTxId() {
    return txId;
  }

  @Override
  public String getChannelId() {
    return channelId;
  }

  @Override
  public byte[] getState(String key) {
    requireKey(key);
    keysRead++;
    byte[] value = committed.get(key);
    // Like the peer: a missing key reads as an empty value, not null.
    return value == null ? new byte[0] : value.clone();
  }

  @Override
  public void putState(String key, byte[] value) {
    requireKey(key);
    Objects.requireNonNull(value, "value");
    pendingWrites.put(key, value.clone());
  }

  @Override
  public void delState(String key) {
    requireKey(key);
    pendingWrites.put(key, null);
  }

  @Override
  public QueryResultsIterator<KeyValue> getStateByRange(String startKey, String endKey) {
    if (startKey.startsWith(CompositeKey.NAMESPACE) || endKey.startsWith(CompositeKey.NAMESPACE)) {
      throw new IllegalArgumentException("range queries take simple keys, not composite keys");
    }
    NavigableMap<String, byte[]> range =
        endKey.isEmpty()
            ? committed.tailMap(startKey, true)
            : committed.subMap(startKey, true, endKey, false);
    return iterator(range);
  }

  @Override
  public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(String compositeKey) {
    String prefix = compositeKey;
    return iterator(committed.subMap(prefix, true, prefix + MAX_UNICODE_RUNE, false));
  }

  @Override
  public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(
      String objectType, String... attributes) {
    return getStateByPartialCompositeKey(createCompositeKey(objectType, attributes));
  }

  @Override
  public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(CompositeKey compositeKey) {
    return getStateByPartialCompositeKey(compositeKey.toString());
  }

  @Override
  public CompositeKey createCompositeKey(String objectType, String... attributes) {
    return new CompositeKey(objectType, attributes);
  }

  @Override
  public CompositeKey splitCompositeKey(String compositeKey) {
    return CompositeKey.parseCompositeKey(compositeKey);
  }

  @Override
  public void setEvent(String name, byte[] payload) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("event name can not be empty");
    }
    eventName = name;
    eventPayload = payload == null ? new byte[0] : payload.clone();
    eventsSet++;
  }

  @Override
  public ChaincodeEvent getEvent() {
    if (eventName == null) {
      return null;
    }
    return ChaincodeEvent.newBuilder()
        .setEventName(eventName)
        .setPayload(ByteString.copyFrom(eventPayload))
        .setTxId(txId)
        .build();
  }

  @Override
  public Instant getTxTimestamp() {
    return txTimestamp;
  }

  @Override
  public byte[] getCreator() {
    return creator.clone();
  }

  @Override
  public String getMspId() {
    return peerMspId;
  }

  @Override
  public Map<String, byte[]> getTransient() {
    return transientMap;
  }

  private static void requireKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("key must not be null or empty");
    }
  }

  private QueryResultsIterator<KeyValue> iterator(NavigableMap<String, byte[]> range) {
    List<KeyValue> rows = new ArrayList<>();
    range.forEach((key, value) -> rows.add(new Row(key, value.clone())));
    keysRead += rows.size();
    return new QueryResultsIterator<>() {
      @Override
      public Iterator<KeyValue> iterator() {
        return rows.iterator();
      }

      @Override
      public void close() {}
    };
  }

  private record Row(String key, byte[] value) implements KeyValue {
    @Override
    public String getKey() {
      return key;
    }

    @Override
    public byte[] getValue() {
      return value.clone();
    }

    @Override
    public String getStringValue() {
      return new String(value, UTF_8);
    }
  }

  // Not modelled: the contract does not use these.

  @Override
  public Response invokeChaincode(String chaincodeName, List<byte[]> args, String channel) {
    throw unsupported();
  }

  @Override
  public byte[] getStateValidationParameter(String key) {
    requireKey(key);
    byte[] value = validationParameters.get(key);
    return value == null ? new byte[0] : value.clone();
  }

  @Override
  public void setStateValidationParameter(String key, byte[] value) {
    requireKey(key);
    Objects.requireNonNull(value, "value");
    pendingValidationParameters.put(key, value.clone());
  }

  @Override
  public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(
      String startKey, String endKey, int pageSize, String bookmark) {
    if (startKey.startsWith(CompositeKey.NAMESPACE) || endKey.startsWith(CompositeKey.NAMESPACE)) {
      throw new IllegalArgumentException("range queries take simple keys, not composite keys");
    }
    return page(startKey, endKey.isEmpty() ? null : endKey, pageSize, bookmark);
  }

  @Override
  public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
      CompositeKey compositeKey, int pageSize, String bookmark) {
    String prefix = compositeKey.toString();
    return page(prefix, prefix + MAX_UNICODE_RUNE, pageSize, bookmark);
  }

  /**
   * One page of [start, end) (end null: unbounded) as Fabric's LevelDB state database serves it: a
   * bookmark replaces the start key; the returned bookmark is the first key not returned.
   */
  private QueryResultsIteratorWithMetadata<KeyValue> page(
      String startKey, String endKey, int pageSize, String bookmark) {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    String from = bookmark == null || bookmark.isEmpty() ? startKey : bookmark;
    NavigableMap<String, byte[]> range =
        endKey == null
            ? committed.tailMap(from, true)
            : from.compareTo(endKey) >= 0
                ? new TreeMap<>()
                : committed.subMap(from, true, endKey, false);
    List<KeyValue> rows = new ArrayList<>();
    String next = "";
    for (Map.Entry<String, byte[]> entry : range.entrySet()) {
      if (rows.size() == pageSize) {
        next = entry.getKey();
        break;
      }
      rows.add(new Row(entry.getKey(), entry.getValue().clone()));
    }
    keysRead += rows.size();
    QueryResponseMetadata metadata =
        QueryResponseMetadata.newBuilder()
            .setBookmark(next)
            .setFetchedRecordsCount(rows.size())
            .build();
    return new QueryResultsIteratorWithMetadata<>() {
      @Override
      public QueryResponseMetadata getMetadata() {
        return metadata;
      }

      @Override
      public Iterator<KeyValue> iterator() {
        return rows.iterator();
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public QueryResultsIterator<KeyValue> getQueryResult(String query) {
    throw unsupported();
  }

  @Override
  public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(
      String query, int pageSize, String bookmark) {
    throw unsupported();
  }

  /**
   * Every committed write of {@code key}, newest first, as Fabric's history database gives them.
   */
  @Override
  public QueryResultsIterator<KeyModification> getHistoryForKey(String key) {
    requireKey(key);
    List<KeyModification> versions = new ArrayList<>();
    List<Version> written = history.getOrDefault(key, List.of());
    for (int i = written.size() - 1; i >= 0; i--) {
      versions.add(written.get(i));
    }
    keysRead += versions.size();
    return new QueryResultsIterator<>() {
      @Override
      public Iterator<KeyModification> iterator() {
        return versions.iterator();
      }

      @Override
      public void close() {}
    };
  }

  private record Version(String txId, Instant timestamp, byte[] value) implements KeyModification {
    @Override
    public String getTxId() {
      return txId;
    }

    @Override
    public byte[] getValue() {
      return value == null ? new byte[0] : value.clone();
    }

    @Override
    public String getStringValue() {
      return new String(getValue(), UTF_8);
    }

    @Override
    public Instant getTimestamp() {
      return timestamp;
    }

    @Override
    public boolean isDeleted() {
      return value == null;
    }
  }

  /**
   * Like a peer with {@code memberOnlyRead}: a client outside the collection is refused; a peer
   * outside it has no values (reads as empty); reads see committed data only.
   */
  @Override
  public byte[] getPrivateData(String collection, String key) {
    requireKey(key);
    Set<String> members = members(collection);
    if (!members.contains(creatorMspId())) {
      throw new IllegalStateException(
          "tx creator does not have read access permission on privatedata in collection "
              + collection);
    }
    keysRead++;
    if (!members.contains(peerMspId)) {
      return new byte[0];
    }
    byte[] value = privateCommitted.getOrDefault(collection, new TreeMap<>()).get(key);
    return value == null ? new byte[0] : value.clone();
  }

  /** The SHA-256 of a committed private value: every peer has it, member or not. */
  @Override
  public byte[] getPrivateDataHash(String collection, String key) {
    requireKey(key);
    members(collection);
    keysRead++;
    byte[] hash = privateHashes.getOrDefault(collection, Map.of()).get(key);
    return hash == null ? new byte[0] : hash.clone();
  }

  @Override
  public byte[] getPrivateDataValidationParameter(String collection, String key) {
    throw unsupported();
  }

  /** Like a peer with {@code memberOnlyWrite}: a client outside the collection is refused. */
  @Override
  public void putPrivateData(String collection, String key, byte[] value) {
    requireKey(key);
    Objects.requireNonNull(value, "value");
    if (value.length == 0) {
      throw new IllegalArgumentException("private data value must not be empty");
    }
    if (!members(collection).contains(creatorMspId())) {
      throw new IllegalStateException(
          "tx creator does not have write access permission on privatedata in collection "
              + collection);
    }
    privatePending.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(key, value.clone());
  }

  private void hashesOnly(String collection, Map<String, byte[]> writes) {
    Map<String, byte[]> hashes = privateHashes.computeIfAbsent(collection, c -> new TreeMap<>());
    writes.forEach(
        (key, value) -> {
          if (value == null) {
            hashes.remove(key);
          } else {
            hashes.put(key, sha256(value));
          }
        });
  }

  private static byte[] sha256(byte[] value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Set<String> members(String collection) {
    Set<String> members = collectionMembers.get(collection);
    if (members == null) {
      throw new IllegalStateException("collection " + collection + " is not defined");
    }
    return members;
  }

  private String creatorMspId() {
    try {
      return SerializedIdentity.parseFrom(creator).getMspid();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("the creator is not a serialized identity", e);
    }
  }

  @Override
  public void setPrivateDataValidationParameter(String collection, String key, byte[] value) {
    throw unsupported();
  }

  @Override
  public void delPrivateData(String collection, String key) {
    throw unsupported();
  }

  @Override
  public void purgePrivateData(String collection, String key) {
    throw unsupported();
  }

  @Override
  public QueryResultsIterator<KeyValue> getPrivateDataByRange(
      String collection, String startKey, String endKey) {
    throw unsupported();
  }

  @Override
  public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
      String collection, String compositeKey) {
    throw unsupported();
  }

  @Override
  public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
      String collection, CompositeKey compositeKey) {
    throw unsupported();
  }

  @Override
  public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(
      String collection, String objectType, String... attributes) {
    throw unsupported();
  }

  @Override
  public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(String collection, String query) {
    throw unsupported();
  }

  @Override
  public SignedProposal getSignedProposal() {
    throw unsupported();
  }

  @Override
  public byte[] getBinding() {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("not modelled by InMemoryStub");
  }
}
