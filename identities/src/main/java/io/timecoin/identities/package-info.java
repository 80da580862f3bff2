/**
 * Operator identities from each org's Fabric CA (identities/README.md): {@link
 * io.timecoin.identities.FabricCa} speaks the CA's REST API (enrollment with a Bouncy Castle CSR,
 * registrar calls with the CA's token authentication, {@link io.timecoin.identities.AuthToken});
 * {@link io.timecoin.identities.Operators} registers operators with role and branch attributes,
 * enrolls them into files of their own with a ledger client config, lists and revokes them; {@link
 * io.timecoin.identities.IdentitiesCli} is {@code timecoin identities}.
 */
package io.timecoin.identities;
