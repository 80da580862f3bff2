package io.timecoin.model;

/**
 * What an organisation is on the ledger. The chaincode maps MSP ids to these roles (from its
 * configuration, never from code) and {@link Transactions} says which roles may run each
 * transaction.
 */
public enum OrgRole {
  /** Registers volunteers, writes coin movements, buys vouchers and files claims. */
  PLATFORM,
  /** Owns voucher products, voids vouchers, decides and pays claims. */
  INSURER,
  /** Reads everything, never writes business data. */
  AUDITOR
}
