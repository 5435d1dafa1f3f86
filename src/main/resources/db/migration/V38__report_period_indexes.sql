-- Reports read a period's rows by the day they happened: decisions by when they were sent, charter deadlines by
-- when they were completed, cases by when they closed (with their status). Without these, a year's report read the
-- whole of each table, which at a large council is millions of rows.
create index ix_decision_sent on stage_decision (sent_at);
create index ix_deadline_completed on case_deadline (completed_on);
create index ix_case_status_closed on case_file (status, closed_at);
