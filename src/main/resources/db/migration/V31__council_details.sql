-- The council's details as an administrator saved them on screen, in place of charterdesk.council.* (one row, as
-- JSON); none: the configured details. The version guards against two administrators overwriting each other.
create table council_details (
    id         int primary key,
    details    varchar(8000) not null,
    version    bigint        not null,
    changed_by varchar(255)  not null,
    changed_at timestamp with time zone not null
);
