package io.timecoin.api.audit;

import io.timecoin.auditstore.query.Answer;
import io.timecoin.auditstore.query.Verification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The body of GET /v1/audit/verification: what the auditor's own checks last recorded. */
final class VerificationJson {

  private VerificationJson() {}

  static Map<String, Object> of(Answer<Verification> answer) {
    Verification found = answer.value();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentToBlock", answer.currentToBlock());
    if (found.progress() != null) {
      Verification.Progress progress = found.progress();
      Map<String, Object> verified = new LinkedHashMap<>();
      verified.put("height", progress.height());
      verified.put("lastBlock", progress.height() - 1);
      verified.put("blocks", progress.blocks());
      verified.put("transactions", progress.transactions());
      verified.put("signatures", progress.signatures());
      verified.put("checkedAt", progress.checkedAt().toString());
      body.put("verified", verified);
    }
    body.put("totalBreaks", found.totalBreaks());
    body.put("peerChainBreaks", found.peerBreaks());
    body.put("breaks", found.breaks().stream().map(VerificationJson::breakJson).toList());
    body.put("peers", found.peers().stream().map(VerificationJson::peerJson).toList());
    if (!found.peers().isEmpty()) {
      body.put("peersAgree", found.peers().get(0).firstDifference() == null);
    }
    if (found.reconciliation() != null) {
      body.put("reconciliation", reconciliationJson(found.reconciliation()));
    }
    return body;
  }

  private static Map<String, Object> breakJson(Verification.BreakRow row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", row.source());
    json.put("blockNumber", row.blockNumber());
    if (row.txIndex() >= 0) {
      json.put("txIndex", row.txIndex());
      json.put("txId", row.txId());
    }
    json.put("kind", row.kind());
    json.put("detail", row.detail());
    json.put("foundAt", row.foundAt().toString());
    return json;
  }

  private static Map<String, Object> peerJson(Verification.PeerRow row) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("mspId", row.mspId());
    json.put("address", row.address());
    json.put("height", row.height());
    json.put("currentBlockHash", row.currentHash());
    json.put("comparedUpTo", row.comparedUpTo());
    if (row.firstDifference() != null) {
      json.put("firstDifference", row.firstDifference());
      json.put("difference", row.difference());
    }
    json.put("checkedAt", row.checkedAt().toString());
    return json;
  }

  private static Map<String, Object> reconciliationJson(Verification.Reconciliation last) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("currentToBlock", last.currentToBlock());
    json.put("accounts", last.accounts());
    json.put("entries", last.entries());
    json.put("vouchers", last.vouchers());
    json.put("agrees", last.mismatches().isEmpty());
    List<Map<String, Object>> mismatches =
        last.mismatches().stream()
            .map(
                m -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("kind", m.kind());
                  row.put("subject", m.subject());
                  if (m.firstEntryId() != null) {
                    row.put("firstEntryId", m.firstEntryId());
                  }
                  row.put("detail", m.detail());
                  return row;
                })
            .toList();
    json.put("mismatches", mismatches);
    json.put("checkedAt", last.checkedAt().toString());
    return json;
  }
}
