-- A step's form saved part-way, for whoever holds the step to pick up: one draft per open step, removed when the
-- step is done.
create table step_draft (
    task_id  varchar(64)    primary key,
    saved_by varchar(255)   not null,
    saved_at timestamp with time zone not null,
    content  varchar(60000) not null
);
