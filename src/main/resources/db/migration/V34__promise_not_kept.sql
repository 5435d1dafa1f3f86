-- A complaint may name the charter promise the customer says was not kept: the standard's lineage (every version of
-- one standard shares it), so that a later change to the standard's words still counts as the same promise.
alter table case_file add column promise_not_kept bigint;
create index ix_case_file_promise on case_file (promise_not_kept, received_on);
