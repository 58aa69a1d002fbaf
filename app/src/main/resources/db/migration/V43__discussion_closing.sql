-- An editor's choice for one article's discussion; null keeps the edition's rule (closes some days
-- after publication). CLOSED and UNTIL keep the time the discussion closed or closes; NEVER keeps none.
alter table article add column discussion_closing varchar(8);
alter table article add column discussion_until timestamp with time zone;
