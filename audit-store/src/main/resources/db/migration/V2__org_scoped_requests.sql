-- The chaincode scopes a requestId to the org that wrote it (key request [mspId, requestId]), so
-- two orgs may hold the same requestId: the org is part of the request's identity here too.
-- Rows projected before the change (key request [requestId]) keep an empty org.
ALTER TABLE requests ADD COLUMN org_msp text NOT NULL DEFAULT '';
ALTER TABLE requests DROP CONSTRAINT requests_pkey;
ALTER TABLE requests ADD PRIMARY KEY (org_msp, request_id);
ALTER TABLE requests ALTER COLUMN org_msp DROP DEFAULT;
