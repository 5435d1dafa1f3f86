-- On PostgreSQL (production) triggers make the audit log append-only; the embedded H2 default has no such rule.
select 1;
