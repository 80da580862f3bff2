package io.timecoin.chaincode.domain;

import io.timecoin.model.EntryView;

/**
 * The outcome of one movement on one account: the account as it is afterwards and the entry that
 * records the movement.
 */
public record Posting(Account account, EntryView entry) {}
