package io.timecoin.chaincode.store;

import io.timecoin.model.DonationView;

/**
 * A donation row with the key it is stored under.
 *
 * @param key its ledger key
 * @param donation the row
 */
public record DonationRow(String key, DonationView donation) {}
