-- Articles written in the newsroom: drafts, scheduled and withdrawn ones have no publication time, so
-- every public query (published_at <= now) keeps showing published articles only.
alter table article alter column published_at drop not null;

alter table article add column state varchar(12) default 'PUBLISHED' not null;
-- optimistic locking: each save names the version it was made from
alter table article add column version bigint default 0 not null;
-- when a scheduled article is due; claimed once by whichever node's job finds it first
alter table article add column publish_at timestamp with time zone;
-- the first publication, kept while withdrawn so that republishing keeps the original dateline
alter table article add column first_published_at timestamp with time zone;
alter table article add column corrections varchar(2000) default '' not null;

update article set first_published_at = published_at;

create index article_due on article (state, publish_at);
create index article_desk on article (edition, modified_at);
