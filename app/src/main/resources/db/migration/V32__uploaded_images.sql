-- An uploaded image's renditions are addressed by a digest of their bytes; drawn illustrations have none.
alter table image add column digest varchar(16);
