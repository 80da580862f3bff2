/**
 * The wire contract shared by the timecoin chaincode and its clients. Both sides compile against
 * these types, so they cannot drift apart.
 *
 * <ul>
 *   <li>The catalogue: {@link io.timecoin.model.Transactions} declares every transaction once
 *       ({@link io.timecoin.model.WriteTransaction}, {@link io.timecoin.model.ReadTransaction}:
 *       name, request, result, event, the {@link io.timecoin.model.OrgRole}s that may run it);
 *       names in {@link io.timecoin.model.TransactionNames} (constants for the contract's
 *       annotations) and {@link io.timecoin.model.EventNames}.
 *   <li>Every write request is a {@link io.timecoin.model.WriteRequest} (it carries the requestId).
 *   <li>Write requests: {@link io.timecoin.model.RegisterVolunteerRequest}, {@link
 *       io.timecoin.model.SetAccountStatusRequest}, {@link io.timecoin.model.RecordEarningRequest},
 *       {@link io.timecoin.model.PayForHelpRequest}, {@link io.timecoin.model.TransferRequest},
 *       {@link io.timecoin.model.ReverseEntryRequest}, {@link
 *       io.timecoin.model.SetEarningPolicyRequest}; vouchers and claims: {@link
 *       io.timecoin.model.DefineVoucherProductRequest}, {@link
 *       io.timecoin.model.SetProductActiveRequest}, {@link
 *       io.timecoin.model.PurchaseVoucherRequest}, {@link io.timecoin.model.VoidVoucherRequest},
 *       {@link io.timecoin.model.FileClaimRequest} (with {@link
 *       io.timecoin.model.ClaimPrivateDetails} in the transient map; together a {@link
 *       io.timecoin.model.ClaimFiling}), {@link io.timecoin.model.DecideClaimRequest}, {@link
 *       io.timecoin.model.MarkClaimPaidRequest}.
 *   <li>Query requests: {@link io.timecoin.model.ListClaimsRequest}, {@link
 *       io.timecoin.model.ListEntriesRequest}, {@link io.timecoin.model.KeyHistoryRequest} ({@link
 *       io.timecoin.model.HistoryKind}).
 *   <li>Results and stored state: {@link io.timecoin.model.AccountView}, {@link
 *       io.timecoin.model.EntryView}, {@link io.timecoin.model.MovementView}, {@link
 *       io.timecoin.model.EntryPage}, {@link io.timecoin.model.EarningPolicyView}, {@link
 *       io.timecoin.model.RequestView}, {@link io.timecoin.model.KeyHistoryView}, {@link
 *       io.timecoin.model.Recorder}, {@link io.timecoin.model.AccountStatus}, {@link
 *       io.timecoin.model.EntryType}; {@link io.timecoin.model.VoucherProductView}, {@link
 *       io.timecoin.model.VoucherView} ({@link io.timecoin.model.VoucherStatus}), {@link
 *       io.timecoin.model.VoucherPurchaseView}, {@link io.timecoin.model.VoucherList}, {@link
 *       io.timecoin.model.VoucherProductList}, {@link io.timecoin.model.ClaimView} ({@link
 *       io.timecoin.model.ClaimStatus}, {@link io.timecoin.model.ClaimDecision}), {@link
 *       io.timecoin.model.ClaimPrivateView}, {@link io.timecoin.model.ClaimPage}.
 *   <li>Event payloads: {@link io.timecoin.model.VolunteerRegisteredEvent}, {@link
 *       io.timecoin.model.AccountStatusChangedEvent}, {@link
 *       io.timecoin.model.EarningRecordedEvent}, {@link io.timecoin.model.HelpPaidEvent}, {@link
 *       io.timecoin.model.CoinsTransferredEvent}, {@link io.timecoin.model.EntryReversedEvent},
 *       {@link io.timecoin.model.EarningPolicySetEvent}, {@link
 *       io.timecoin.model.VoucherProductDefinedEvent}, {@link
 *       io.timecoin.model.VoucherProductActiveSetEvent}, {@link
 *       io.timecoin.model.VoucherPurchasedEvent}, {@link io.timecoin.model.VoucherVoidedEvent},
 *       {@link io.timecoin.model.ClaimFiledEvent}, {@link io.timecoin.model.ClaimDecidedEvent},
 *       {@link io.timecoin.model.ClaimPaidEvent}.
 *   <li>Values and rules: {@link io.timecoin.model.CoinAmount} (exact, never negative: every amount
 *       a client sends), {@link io.timecoin.model.SignedCoinAmount} (the signed change an entry
 *       records), {@link io.timecoin.model.MoneyAmount} (exact money in minor units), {@link
 *       io.timecoin.model.Identifiers}, {@link io.timecoin.model.InsuranceFields}, {@link
 *       io.timecoin.model.FreeText}, {@link io.timecoin.model.UtcOffsets}, {@link
 *       io.timecoin.model.PolicyVersions}.
 *   <li>Errors: {@link io.timecoin.model.ErrorCode}, {@link io.timecoin.model.LedgerErrors} (the
 *       {@code [CODE] message} convention), {@link io.timecoin.model.LedgerValidationException}.
 *   <li>Encoding: {@link io.timecoin.model.LedgerJson}, the one deterministic JSON codec.
 * </ul>
 *
 * <p>Records validate themselves on construction, including when Jackson builds them, so an
 * instance that exists is well-formed. Error messages state rules and never echo input.
 */
package io.timecoin.model;
