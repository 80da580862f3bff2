package io.timecoin.chaincode.store;

import io.timecoin.model.CoinAmount;

/**
 * A day's coins for one volunteer, gross (reversals do not lower it). Hearts store a day's donated
 * coins this way; the daily earning totals live in the account ({@code StoredAccount}).
 *
 * @param coins the day's coins
 */
record DailyEarnings(CoinAmount coins) {}
