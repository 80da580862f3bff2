/**
 * The wire contract shared by the timecoin chaincode and its clients. Both sides compile against
 * these types, so they cannot drift apart.
 *
 * <ul>
 *   <li>Names: {@link io.timecoin.model.TransactionNames}, {@link io.timecoin.model.EventNames}.
 *   <li>Requests (transaction arguments): {@link io.timecoin.model.RegisterVolunteerRequest},
 *       {@link io.timecoin.model.RecordEarningRequest}.
 *   <li>Results and stored state: {@link io.timecoin.model.AccountView}, {@link
 *       io.timecoin.model.EntryView}, {@link io.timecoin.model.Recorder}, {@link
 *       io.timecoin.model.AccountStatus}, {@link io.timecoin.model.EntryType}.
 *   <li>Event payloads: {@link io.timecoin.model.VolunteerRegisteredEvent}, {@link
 *       io.timecoin.model.EarningRecordedEvent}.
 *   <li>Values and rules: {@link io.timecoin.model.CoinAmount} (exact minor units), {@link
 *       io.timecoin.model.Identifiers}.
 *   <li>Errors: {@link io.timecoin.model.ErrorCode}, {@link io.timecoin.model.LedgerErrors} (the
 *       {@code [CODE] message} convention), {@link io.timecoin.model.LedgerValidationException}.
 *   <li>Encoding: {@link io.timecoin.model.LedgerJson}, the one deterministic JSON codec.
 * </ul>
 *
 * <p>Records validate themselves on construction, including when Jackson builds them, so an
 * instance that exists is well-formed. Error messages state rules and never echo input.
 */
package io.timecoin.model;
