-- The one person who may not take a step although their teams may: whoever asked for what it decides (more time,
-- a final response they wrote, a plan they sent), or the stage 1 handler at stage 2 where the charter says so.
alter table task_list_entry add column not_for varchar(255);
