package io.timecoin.audit;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVMetadataWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;

/** A transaction's read-write set and event, parsed once. */
record ReadWriteSet(List<Namespace> namespaces, Optional<ChaincodeEvent> event) {

  /** What a transaction did in one namespace. */
  record Namespace(
      String name,
      List<KVRead> reads,
      List<KVWrite> writes,
      List<KVMetadataWrite> metadataWrites,
      List<String> writtenCollections) {

    boolean writesAnything() {
      return !writes.isEmpty() || !metadataWrites.isEmpty() || !writtenCollections.isEmpty();
    }
  }

  static ReadWriteSet of(ChaincodeAction action) throws InvalidProtocolBufferException {
    List<Namespace> namespaces = new ArrayList<>();
    for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
      KVRWSet kv = KVRWSet.parseFrom(ns.getRwset());
      List<String> collections = new ArrayList<>();
      for (var collection : ns.getCollectionHashedRwsetList()) {
        HashedRWSet hashed = HashedRWSet.parseFrom(collection.getHashedRwset());
        if (hashed.getHashedWritesCount() > 0 || hashed.getMetadataWritesCount() > 0) {
          collections.add(collection.getCollectionName());
        }
      }
      namespaces.add(
          new Namespace(
              ns.getNamespace(),
              kv.getReadsList(),
              kv.getWritesList(),
              kv.getMetadataWritesList(),
              collections));
    }
    Optional<ChaincodeEvent> event = Optional.empty();
    ByteString eventBytes = action.getEvents();
    if (!eventBytes.isEmpty()) {
      var parsed = org.hyperledger.fabric.protos.peer.ChaincodeEvent.parseFrom(eventBytes);
      if (!parsed.getEventName().isEmpty()) {
        event =
            Optional.of(
                new ChaincodeEvent(
                    parsed.getChaincodeId(),
                    parsed.getEventName(),
                    parsed.getPayload().toByteArray()));
      }
    }
    return new ReadWriteSet(List.copyOf(namespaces), event);
  }

  List<StateRead> reads() {
    List<StateRead> result = new ArrayList<>();
    for (Namespace ns : namespaces) {
      for (KVRead read : ns.reads()) {
        boolean exists = read.hasVersion();
        result.add(
            new StateRead(
                ns.name(),
                read.getKey(),
                exists ? read.getVersion().getBlockNum() : -1,
                exists ? read.getVersion().getTxNum() : -1));
      }
    }
    return result;
  }

  List<StateWrite> writes() {
    List<StateWrite> result = new ArrayList<>();
    for (Namespace ns : namespaces) {
      for (KVWrite write : ns.writes()) {
        result.add(
            new StateWrite(
                ns.name(), write.getKey(), write.getValue().toByteArray(), write.getIsDelete()));
      }
    }
    return result;
  }
}
