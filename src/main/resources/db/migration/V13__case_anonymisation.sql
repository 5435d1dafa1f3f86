-- When a finished case's personal data was removed (after its retention period, or on the customer's request). The
-- rest of the case stays, so that past reports still add up.
alter table case_file add column anonymised_at timestamp with time zone;
create index ix_case_retention on case_file (kind, closed_at);
