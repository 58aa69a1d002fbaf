-- An edition's Listen Live stream as its editors set it in the newsroom; it overrides the operator's
-- tribune.listen-live.* defaults, which hold until the first change. An empty url means no player bar.
create table listen_live (
    edition    varchar(8)    not null primary key references edition (code),
    url        varchar(2000) not null,
    name       varchar(100)  not null,
    schedule   varchar(200)  not null,
    changed_at timestamp with time zone not null
);
