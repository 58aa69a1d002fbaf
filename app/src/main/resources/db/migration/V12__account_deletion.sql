-- When the owner deleted the account; its personal data is purged 30 days later unless restored.
alter table account add column deactivated_at timestamp with time zone;
