package io.timecoin.audit.msp;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * The MSPs of a channel configuration, by MSP id. The MSPs are immutable; validated identities are
 * remembered (a few client and peer certificates sign everything, and validating one costs a
 * certificate parse and a chain of signature checks).
 */
public final class MspRegistry {

  private static final int REMEMBERED = 256;

  private final Map<String, Msp> byId;

  private final Map<ByteString, Identity> validated =
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteString, Identity> eldest) {
          return size() > REMEMBERED;
        }
      };

  public MspRegistry(Map<String, Msp> byId) {
    this.byId = Map.copyOf(new TreeMap<>(byId));
  }

  public Optional<Msp> msp(String mspId) {
    return Optional.ofNullable(byId.get(mspId));
  }

  /**
   * Validates a serialized identity ({@code SerializedIdentity} bytes as found in signature headers
   * and endorsements) against the MSP it names.
   *
   * @throws IdentityException if it does not parse, names an MSP not in the channel or is not valid
   *     for that MSP
   */
  public synchronized Identity validate(ByteString serializedIdentity) throws IdentityException {
    Identity known = validated.get(serializedIdentity);
    if (known != null) {
      return known;
    }
    Identity identity = validateUncached(serializedIdentity);
    validated.put(serializedIdentity, identity);
    return identity;
  }

  private Identity validateUncached(ByteString serializedIdentity) throws IdentityException {
    SerializedIdentity identity;
    try {
      identity = SerializedIdentity.parseFrom(serializedIdentity);
    } catch (InvalidProtocolBufferException e) {
      throw new IdentityException("the serialized identity does not parse");
    }
    Msp msp = byId.get(identity.getMspid());
    if (msp == null) {
      throw new IdentityException("MSP '" + identity.getMspid() + "' is not in the channel");
    }
    return msp.validate(identity.getIdBytes().toByteArray());
  }
}
