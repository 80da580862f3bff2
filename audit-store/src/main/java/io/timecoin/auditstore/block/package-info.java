/**
 * Where blocks come from ({@link io.timecoin.auditstore.block.BlockSource}) and what the projection
 * reads out of them ({@link io.timecoin.auditstore.block.BlockDecoder}); no cryptographic checks
 * here.
 */
package io.timecoin.auditstore.block;
