-- One author's held comments, newest or oldest first: without the author in the index, PostgreSQL walks
-- the author's comments of every status, or the edition's held ones of every author, to find a page.
create index comment_queue_author on comment (edition, status, author_id, id);
