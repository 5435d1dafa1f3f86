-- Searching task lists and cases by part of a customer's name ('%smith%') or the start of a reference cannot use an
-- ordinary index. PostgreSQL's pg_trgm (shipped with PostgreSQL, trusted since version 13, so a database owner may
-- create it) gives trigram indexes that can. Where the extension may not be created, searches still work, only
-- more slowly, and the migration says so instead of failing.
do $$
begin
    create extension if not exists pg_trgm;
exception when insufficient_privilege or undefined_file then
    raise warning 'pg_trgm could not be created (%): searches by customer name will not be indexed', sqlerrm;
end
$$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index ix_task_list_customer_trgm on task_list_entry using gin (lower(customer_name) gin_trgm_ops);
        create index ix_task_list_reference_trgm on task_list_entry using gin (lower(case_reference) gin_trgm_ops);
        create index ix_case_customer_trgm on case_file using gin (lower(customer_name) gin_trgm_ops);
        create index ix_case_reference_trgm on case_file using gin (lower(reference) gin_trgm_ops);
    end if;
end
$$;

-- Cases are also found by the customer's whole email address, in any case.
create index ix_case_customer_email on case_file (lower(customer_email));
