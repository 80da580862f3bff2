package io.timecoin.auditstore.query;

import java.time.LocalDate;

/**
 * Coins minted (EARN entries) by one verifier on one day, and how much of it was reversed since.
 *
 * @param day the day, at the offset asked for
 * @param verifier who verified the activities
 * @param earnings number of EARN entries
 * @param mintedUnits their sum, in minor units
 * @param reversedUnits the part of it taken back by REVERSAL entries, in minor units
 */
public record DailyMint(
    LocalDate day, String verifier, long earnings, long mintedUnits, long reversedUnits) {}
