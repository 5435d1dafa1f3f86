-- A change to a charter standard takes effect from a date: the standard in force until then is kept (replaced_on),
-- and the new version starts (effective_from). Every version of one standard shares its lineage, the first version's id.
alter table charter_standard add column effective_from date;
alter table charter_standard add column replaced_on date;
alter table charter_standard add column lineage_id bigint;
alter table charter_standard add column changed_by varchar(255);
alter table charter_standard add column changed_at timestamp with time zone;
update charter_standard set lineage_id = id;
