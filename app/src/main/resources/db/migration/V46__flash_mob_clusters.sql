-- The flash-mob clusters: which cluster each comment held by the flash-mob rule was filed into, written in
-- the transaction that records the hold. A cluster is named by the id of the comment that started it; a
-- comment joins the cluster of the near-identical comments its decision names, and joins their clusters
-- into one when it names members of several. Rows stay when a member is decided, so that a cluster
-- decided twice is told apart from one that never was; the queue shows only clusters with held members.
-- Comments held before this version are filed when the site starts.
create table comment_cluster_member (
    comment_id bigint     not null primary key references comment (id),
    cluster_id bigint     not null,
    edition    varchar(8) not null
);

create index comment_cluster_member_cluster on comment_cluster_member (edition, cluster_id, comment_id);

-- One author's held comments, newest or oldest first: without the author in the index, PostgreSQL walks
-- the author's comments of every status, or the edition's held ones of every author, to find a page.
create index comment_queue_author on comment (edition, status, author_id, id);
