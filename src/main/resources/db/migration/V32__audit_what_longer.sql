-- An administrator's change is recorded with the words before and after (a promise, a letter's paragraph), which
-- 300 characters cut short.
alter table audit_entry alter column what set data type varchar(4000);
