-- The audit log is append-only for everyone, the application's own database user included: an entry can never be
-- changed, the table never truncated, and an entry deleted only once older than the keeping period. Changing that
-- period writes an audit entry of its own.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'The audit log cannot be changed';
    end if;
    if tg_op = 'TRUNCATE' then
        raise exception 'The audit log cannot be emptied';
    end if;
    if old.occurred_at > now() - make_interval(days => coalesce((select keep_days from audit_policy where id = 1), 36500)) then
        raise exception 'The audit log keeps entry % until its keeping period is over', old.id;
    end if;
    return old;
end;
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();

create function audit_policy_recorded() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'The audit policy cannot be removed';
    end if;
    if tg_op = 'UPDATE' and new.keep_days is distinct from old.keep_days then
        insert into audit_entry (occurred_at, actor, action, what)
        values (now(), current_user, 'POLICY',
                'Audit keeping period changed in the database from ' || old.keep_days || ' to ' || new.keep_days || ' days');
    end if;
    return coalesce(new, old);
end;
$$;

create trigger audit_policy_changes before update or delete on audit_policy
    for each row execute function audit_policy_recorded();
