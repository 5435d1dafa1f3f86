-- Action-plan steps (reviews, revisions, progress updates) join the task lists: a row is about a case or a plan.
alter table task_list_entry alter column case_id drop not null;
alter table task_list_entry add column plan_id bigint;
create index ix_task_list_plan on task_list_entry (plan_id);
