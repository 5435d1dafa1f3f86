-- Working days a deadline moved on because the council added a closure day inside it.
alter table case_deadline add column closure_days int not null default 0;
