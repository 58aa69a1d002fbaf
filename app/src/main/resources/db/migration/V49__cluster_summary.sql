-- One row per flash-mob cluster with what its row in the clusters queue shows: how many members are still
-- held under the rule, from how many accounts, and the newest held member's id (0 when none is held, so
-- that the queue's index never meets a null). Kept in the transaction that files a member, merges
-- clusters, or decides, edits, deletes or takes down a member: the clusters tab and its count read these
-- rows instead of grouping every held member of every cluster on each page.
create table comment_cluster (
    cluster_id bigint      not null primary key,
    edition    varchar(8)  not null,
    rule       varchar(40) not null,
    held       integer     not null,
    accounts   integer     not null,
    newest     bigint      not null
);

create index comment_cluster_queue on comment_cluster (edition, rule, newest);

-- the clusters filed before this version; the membership only ever files the flash-mob rule's holds
insert into comment_cluster (cluster_id, edition, rule, held, accounts, newest)
select m.cluster_id, m.edition, 'flash_mob', count(c.id), count(distinct c.author_id), coalesce(max(c.id), 0)
from comment_cluster_member m
left join comment c on c.id = m.comment_id and c.status = 'HELD' and c.rule = 'flash_mob'
group by m.cluster_id, m.edition;

-- One article's held (or rejected) comments, newest or oldest first: by the article alone, PostgreSQL walks
-- the article's comments of every status backwards to find a page (204 ms at 2,500 published comments
-- newer than the held ones; 0.5 ms with this index and the page ordered by status first).
create index comment_queue_article on comment (edition, status, article_id, id);
