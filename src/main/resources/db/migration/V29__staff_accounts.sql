-- Staff accounts an administrator disabled (a leaver, say): they cannot sign in, by password or through the
-- council's provider. Users themselves live in the engine's identity store.
create table staff_account (
    username    varchar(255) primary key,
    disabled_at timestamp with time zone,
    disabled_by varchar(255)
);

-- One-time links to set a new password, sent by email when an administrator resets one. Only the link's SHA-256 is
-- kept; a link works once, for a day.
create table password_reset (
    token_hash varchar(64)  primary key,
    username   varchar(255) not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
