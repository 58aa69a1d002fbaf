-- Requests a reader may make only a few times an hour (email changes, avatar uploads), counted per
-- account and per network address in a table so every node of a cluster sees the same counts. Rows
-- whose hour has passed are deleted: network addresses are personal data and are kept no longer.
create table request_quota (
    subject       varchar(300) not null primary key,
    used          integer      not null,
    window_start  timestamp with time zone not null
);
