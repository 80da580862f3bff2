package io.timecoin.client;

import io.timecoin.model.AccountStatusChangedEvent;
import io.timecoin.model.ClaimDecidedEvent;
import io.timecoin.model.ClaimFiledEvent;
import io.timecoin.model.ClaimPaidEvent;
import io.timecoin.model.CoinsTransferredEvent;
import io.timecoin.model.EarningPolicySetEvent;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryReversedEvent;
import io.timecoin.model.EventNames;
import io.timecoin.model.HelpPaidEvent;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.VolunteerRegisteredEvent;
import io.timecoin.model.VoucherProductActiveSetEvent;
import io.timecoin.model.VoucherProductDefinedEvent;
import io.timecoin.model.VoucherPurchasedEvent;
import io.timecoin.model.VoucherVoidedEvent;
import java.util.Map;

/**
 * The one table from event name to payload record. A new event in {@link EventNames} needs its row
 * here; until then it is delivered as {@link LedgerEvent.Unrecognised}.
 */
final class EventPayloads {

  private static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry(EventNames.VOLUNTEER_REGISTERED, VolunteerRegisteredEvent.class),
          Map.entry(EventNames.ACCOUNT_STATUS_CHANGED, AccountStatusChangedEvent.class),
          Map.entry(EventNames.EARNING_RECORDED, EarningRecordedEvent.class),
          Map.entry(EventNames.HELP_PAID, HelpPaidEvent.class),
          Map.entry(EventNames.COINS_TRANSFERRED, CoinsTransferredEvent.class),
          Map.entry(EventNames.ENTRY_REVERSED, EntryReversedEvent.class),
          Map.entry(EventNames.EARNING_POLICY_SET, EarningPolicySetEvent.class),
          Map.entry(EventNames.VOUCHER_PRODUCT_DEFINED, VoucherProductDefinedEvent.class),
          Map.entry(EventNames.VOUCHER_PRODUCT_ACTIVE_SET, VoucherProductActiveSetEvent.class),
          Map.entry(EventNames.VOUCHER_PURCHASED, VoucherPurchasedEvent.class),
          Map.entry(EventNames.VOUCHER_VOIDED, VoucherVoidedEvent.class),
          Map.entry(EventNames.CLAIM_FILED, ClaimFiledEvent.class),
          Map.entry(EventNames.CLAIM_DECIDED, ClaimDecidedEvent.class),
          Map.entry(EventNames.CLAIM_PAID, ClaimPaidEvent.class));

  private EventPayloads() {}

  /**
   * Decodes one event.
   *
   * @throws LedgerException if a known event's payload is not the record the contract promises.
   */
  static LedgerEvent decode(String name, String transactionId, long blockNumber, byte[] payload) {
    Class<?> type = TYPES.get(name);
    if (type == null) {
      return new LedgerEvent(name, transactionId, blockNumber, new LedgerEvent.Unrecognised(name));
    }
    Object decoded;
    try {
      // Tolerant: a newer chaincode may add fields, and consumers must not stop on them.
      decoded = LedgerJson.readEvent(payload, type);
    } catch (RuntimeException e) {
      throw new LedgerException(
          "Payload of event "
              + name
              + " in transaction "
              + transactionId
              + " could not be decoded ("
              + e.getClass().getSimpleName()
              + ")",
          transactionId,
          null);
    }
    return new LedgerEvent(name, transactionId, blockNumber, decoded);
  }
}
