-- Team tasks in their own order from one index: each team row carries what the list filters and sorts by (when the
-- step is due, when it was made, whether someone holds it, who may not take it, whether other teams may take it),
-- kept in step by the application (TaskListEntry). At 100,000 open steps a deep page or the count of a team's list no longer joins every open step.
alter table task_list_team add column due_on date;
alter table task_list_team add column created_at timestamp with time zone;
alter table task_list_team add column claimed boolean default false not null;
alter table task_list_team add column not_for varchar(255);
alter table task_list_team add column shared boolean default false not null;

update task_list_team set
    due_on = (select e.due_on from task_list_entry e where e.task_id = task_list_team.task_id),
    created_at = (select e.created_at from task_list_entry e where e.task_id = task_list_team.task_id),
    claimed = (select case when e.assignee is null then false else true end from task_list_entry e
               where e.task_id = task_list_team.task_id),
    not_for = (select e.not_for from task_list_entry e where e.task_id = task_list_team.task_id),
    shared = (select case when count(*) > 1 then true else false end from task_list_team o
              where o.task_id = task_list_team.task_id);

alter table task_list_team alter column created_at set not null;

drop index ix_task_list_team;
create index ix_task_list_team_open on task_list_team (team, claimed, due_on, created_at, task_id, not_for, shared);
