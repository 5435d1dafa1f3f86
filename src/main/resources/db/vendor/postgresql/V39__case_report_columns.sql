-- Reports join a period's decisions, deadlines and surveys to their cases for only a few columns: the case's
-- service, the day each stage started and whether the charter stops the clock while waiting. At a large council
-- (1,000,000 cases) the cases table is about 340 MB and the join read all of it; this index holds just those
-- columns (about 47 MB) and is read without the table once autovacuum has marked the table's pages all-visible.
create index ix_case_report_columns on case_file (id)
    include (service_id, received_on, stage2_started_on, clock_stops_while_waiting);
