-- The task lists' read model: one row for each open step of a case, kept in step with the engine in the same
-- transaction, so that a task list is one indexed query with its filters and its order, however many steps are open.
create table task_list_entry (
    task_id        varchar(64)   primary key,
    case_id        bigint        not null,
    case_reference varchar(20)   not null,
    step_key       varchar(64)   not null,
    step_name      varchar(200)  not null,
    service_code   varchar(40)   not null,
    service_name   varchar(200)  not null,
    stage          varchar(20),
    customer_name  varchar(200)  not null,
    received_on    date          not null,
    due_on         date,
    at_risk_on     date,
    assignee       varchar(64),
    created_at     timestamp with time zone not null,
    constraint fk_task_list_case foreign key (case_id) references case_file (id)
);
create index ix_task_list_assignee_due on task_list_entry (assignee, due_on);
create index ix_task_list_service_due on task_list_entry (service_code, due_on);
create index ix_task_list_due on task_list_entry (due_on, created_at);
create index ix_task_list_case on task_list_entry (case_id);

-- The teams (candidate groups) that may take each open step.
create table task_list_team (
    task_id varchar(64) not null,
    team    varchar(80) not null,
    constraint pk_task_list_team primary key (task_id, team),
    constraint fk_task_list_team_entry foreign key (task_id) references task_list_entry (task_id) on delete cascade
);
create index ix_task_list_team on task_list_team (team, task_id);
