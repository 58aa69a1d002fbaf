-- A revoked role stays on record with who revoked it and when; only rows without revoked_at are held.
-- Granting the role again adds a new row.
alter table account_role add column revoked_at timestamp with time zone;
alter table account_role add column revoked_by bigint;
