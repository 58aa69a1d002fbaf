-- A moderator may edit a comment's text. The audit entry keeps the text before and after; the
-- comment's earlier text is kept as a revision, marked with the moderator who replaced it (null for
-- the author's own edits).
alter table moderation_audit add column before_text varchar(4000);
alter table moderation_audit add column after_text varchar(4000);
alter table comment_revision add column edited_by bigint;
