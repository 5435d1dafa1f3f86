-- Sending the outbox by email: each notification keeps the message as it was written (subject, plain text and
-- HTML), to whom it goes, and how sending it went (attempts, the next try, the lease of the node sending it, the
-- last error). Customers who asked for post or phone get a task for staff instead of an email.
alter table notification add column subject varchar(300);
alter table notification add column body_text varchar(20000);
alter table notification add column body_html varchar(40000);
alter table notification add column email_to varchar(320);
alter table notification add column contact_by varchar(20);
alter table notification add column attempts integer default 0 not null;
alter table notification add column next_attempt_at timestamp with time zone;
alter table notification add column lease_until timestamp with time zone;
alter table notification add column claim_token varchar(40);
alter table notification add column last_error varchar(1000);
alter table notification add column sent_at timestamp with time zone;
alter table notification add column done_by varchar(64);
alter table notification add column done_at timestamp with time zone;
-- Set for notifications that must exist at most once, such as a manager's digest for a day.
alter table notification add column dedup_key varchar(200);
alter table notification add constraint uk_notification_dedup unique (dedup_key);
update notification set next_attempt_at = created_at where status = 'PENDING';
create index ix_notification_due on notification (status, next_attempt_at);

-- The unguessable link to a closed case's satisfaction survey.
alter table case_file add column survey_token varchar(64);
alter table case_file add constraint uk_case_survey_token unique (survey_token);
