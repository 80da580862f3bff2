package io.timecoin.chaincode.store;

import io.timecoin.model.CoinAmount;

/**
 * Stored under {@code earnday [volunteerId, day]}: what the volunteer earned that day, gross
 * (reversals do not lower it).
 *
 * @param coins the day's earnings
 */
record DailyEarnings(CoinAmount coins) {}
