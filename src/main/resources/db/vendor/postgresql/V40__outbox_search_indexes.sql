-- Administrators search the outbox by part of the recipient, the email address or the subject ('%smith%'). With two
-- million emails kept, the search read every one of them (3.1 s for a page). Trigram indexes (pg_trgm, as V8's)
-- find them; where the extension could not be created, the search still works, only more slowly.
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index ix_notification_recipient_trgm on notification using gin (lower(recipient) gin_trgm_ops);
        create index ix_notification_email_trgm on notification using gin (lower(email_to) gin_trgm_ops);
        create index ix_notification_subject_trgm on notification using gin (lower(subject) gin_trgm_ops);
    end if;
end
$$;
