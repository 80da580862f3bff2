package io.timecoin.client;

import io.timecoin.model.AccountStatusChangedEvent;
import io.timecoin.model.CoinsTransferredEvent;
import io.timecoin.model.EarningPolicySetEvent;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryReversedEvent;
import io.timecoin.model.EventNames;
import io.timecoin.model.HelpPaidEvent;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.VolunteerRegisteredEvent;
import java.util.Map;

/**
 * The one table from event name to payload record. A new event in {@link EventNames} needs its row
 * here; until then it is delivered as {@link LedgerEvent.Unrecognised}.
 */
final class EventPayloads {

  private static final Map<String, Class<?>> TYPES =
      Map.of(
          EventNames.VOLUNTEER_REGISTERED, VolunteerRegisteredEvent.class,
          EventNames.ACCOUNT_STATUS_CHANGED, AccountStatusChangedEvent.class,
          EventNames.EARNING_RECORDED, EarningRecordedEvent.class,
          EventNames.HELP_PAID, HelpPaidEvent.class,
          EventNames.COINS_TRANSFERRED, CoinsTransferredEvent.class,
          EventNames.ENTRY_REVERSED, EntryReversedEvent.class,
          EventNames.EARNING_POLICY_SET, EarningPolicySetEvent.class);

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
      decoded = LedgerJson.read(payload, type);
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
