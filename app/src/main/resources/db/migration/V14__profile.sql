-- The reader's profile: an uploaded avatar (the media module's id; null = the drawn default) and, for
-- the first administrator, whether the generated one-time password must still be changed.
alter table account add column avatar varchar(32);
alter table account add column must_change_password boolean default false not null;

-- A requested change of address, waiting for the link mailed to the new address; the token itself
-- is an account_token row of purpose CHANGE_EMAIL with the same hash.
create table account_email_change (
    token_hash  varchar(64)  not null primary key,
    account_id  bigint       not null references account (id),
    new_email   varchar(254) not null
);
create index account_email_change_account on account_email_change (account_id);

-- What the reader chose to be told about, per topic and channel; a missing row means the topic's default.
create table account_notification (
    account_id  bigint      not null references account (id),
    topic       varchar(32) not null,
    channel     varchar(16) not null,
    enabled     boolean     not null,
    primary key (account_id, topic, channel)
);
