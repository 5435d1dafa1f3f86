-- A retired service takes no new contacts; its cases and reports stay. The version guards against two
-- administrators overwriting each other's change.
alter table council_service add column retired_on date;
alter table council_service add column version bigint not null default 0;
