package org.charterdesk.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Closed history written in bulk, straight into the application's tables, as the procedure would have left it:
 * cases over some years spread over the council's services (one in twenty a compliment and one in twenty a comment,
 * recorded),
 * four in five closed at stage 1 and one in five at stage 2 (half of those after an escalation, half straight
 * there), a decision sent for each stage a complaint went through (every outcome in turn, learning on one in
 * twenty-one cases: by case id, and 21 shares no factor with the 20 the kinds repeat over, so some are
 * complaints), the stage's charter deadlines completed (one in ten extended, one in twelve late, one in six warned at
 * risk), and a satisfaction survey answered on one in eight. Every row is marked as generated ({@code logged_by})
 * so that {@link #delete} takes it all away again. Each table written is then vacuumed, as autovacuum leaves a
 * council's tables (index-only scans read the table's visibility map).
 */
public final class LargeCouncilHistory {

    /** Who "logged" the generated cases: the mark {@link #delete} goes by. */
    public static final String GENERATOR = "history-generator";

    /** The parts of the history written into a database kept for benchmarks, and how many rows each. */
    private static final String PARTS = "generated_history";

    private static final String CLOSED_CASES = "closed cases";

    private final JdbcTemplate jdbc;
    private boolean reused;
    private boolean wrote;

    public LargeCouncilHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** See {@link #writeClosedCases}; a database kept for benchmarks with other closed cases has them replaced. */
    public int closedCases(int count, int firstYear, int years) {
        String part = "closed cases: %d from %d over %d years".formatted(count, firstYear, years);
        Map<String, Integer> earlier = written(CLOSED_CASES);
        if (!earlier.isEmpty() && !earlier.containsKey(part)) {
            deleteAll();
        }
        return once(part, () -> writeClosedCases(count, firstYear, years));
    }

    /** See {@link #writeDecisionsAndDeadlines}. */
    public int decisionsAndDeadlines() {
        return once("decisions and deadlines", this::writeDecisionsAndDeadlines);
    }

    /** See {@link #writeTimelines}. */
    public int timelines() {
        return once("timelines", this::writeTimelines);
    }

    /** See {@link #writeSurveys}. */
    public int surveys() {
        return once("surveys", this::writeSurveys);
    }

    /** See {@link #writeSentEmails}; on a kept database, the emails written first stay (their subject in the key). */
    public int sentEmails(String subject, String text, String html) {
        return once("sent emails: " + subject, () -> writeSentEmails(subject, text, html));
    }

    /** See {@link #writePlansAndActions}. */
    public int plansAndActions(int plans, int actions) {
        return once("plans: %d with %d actions".formatted(plans, actions), () -> writePlansAndActions(plans, actions));
    }

    /** See {@link #writeOmbudsmanReferrals}. */
    public int ombudsmanReferrals() {
        return once("ombudsman referrals", this::writeOmbudsmanReferrals);
    }

    /** A figure's name for how long the history took, saying which parts were kept from an earlier run. */
    public String timed(String what) {
        if (!reused) {
            return what;
        }
        return what + (wrote ? " (partly kept from an earlier run)" : " (kept from an earlier run, not written again)");
    }

    /**
     * Writes a part of the history unless the database already holds it: on a database kept for benchmarks
     * ({@link BenchmarkDatabase}) each part is written once and its row count remembered in {@value #PARTS}.
     */
    private int once(String part, IntSupplier write) {
        jdbc.execute("create table if not exists " + PARTS
                + " (part varchar(300) primary key, written integer not null, seconds double precision not null)");
        Integer earlier = written(part).get(part);
        if (earlier != null) {
            reused = true;
            System.out.printf(Locale.UK, "BENCHMARK reused from an earlier run: %s (%,d rows)%n", part, earlier);
            return earlier;
        }
        long started = System.nanoTime();
        wrote = true;
        int rows = write.getAsInt();
        jdbc.update(
                "insert into " + PARTS + " (part, written, seconds) values (?, ?, ?)",
                part,
                rows,
                (System.nanoTime() - started) / 1e9);
        return rows;
    }

    /** The parts already written whose names start so, with their row counts. */
    private Map<String, Integer> written(String startingWith) {
        if (jdbc.queryForObject("select to_regclass(?) is null", Boolean.class, PARTS)) {
            return Map.of();
        }
        Map<String, Integer> parts = new HashMap<>();
        jdbc.query(
                "select part, written from " + PARTS + " where part like ?",
                (RowCallbackHandler) row -> parts.put(row.getString(1), row.getInt(2)),
                startingWith + "%");
        return parts;
    }

    /**
     * {@code count} closed cases received evenly from 1 January of {@code firstYear} over {@code years} years, with
     * references CMP-year-{@code 600000 + n}; returns how many were written.
     */
    private int writeClosedCases(int count, int firstYear, int years) {
        List<Long> services = jdbc.queryForList("select id from council_service order by id", Long.class);
        int written = jdbc.update(
                """
                insert into case_file (version, reference, kind, channel, service_id, customer_name, customer_email,
                  preferred_contact, what_happened, received_at, received_on, logged_by, complex, serious, high_risk,
                  stage, status, charter_flag, procedure_profile, stage1_response_days, stage1_extension_days,
                  stage2_acknowledgement_days, stage2_response_days, stage2_extension_days, at_risk_days,
                  escalation_window_months, escalation_requested_at, stage2_started_on, closed_at, closed_at_stage,
                  created_at, updated_at)
                select 0,
                  case when g % 20 = 0 then 'CPL-' when g % 20 = 1 then 'CMT-' else 'CMP-' end
                    || extract(year from r)::int || '-' || (600000 + g),
                  case when g % 20 = 0 then 'COMPLIMENT' when g % 20 = 1 then 'COMMENT' else 'COMPLAINT' end,
                  (array['WEB','EMAIL','PHONE','LETTER'])[1 + g % 4],
                  (?::bigint[])[1 + g % ?],
                  (array['Amy','Ben','Cara','Dev','Ella','Finn','Gita','Hugh','Isla','Jack'])[1 + g % 10] || ' '
                    || (array['Smith','Jones','Taylor','Brown','Wilson','Evans','Thomas','Roberts','Walker','Wright',
                              'Hughes','Green','Hall','Lewis','Clarke','Patel','Jackson','Wood','Turner','Hill'])[1 + (g / 10) % 20]
                    || '-' || (g / 200) % 50,
                  'customer.' || g || '@example.com',
                  'EMAIL',
                  'A complaint from the generated history, number ' || g || '.',
                  r, (r at time zone 'Europe/London')::date, ?, false, false, false,
                  case when g % 20 < 2 then null when g % 5 = 0 then 'STAGE_2' else 'STAGE_1' end,
                  case when g % 20 < 2 then 'RECORDED' else 'CLOSED' end, 'ON_TRACK', 'ENGLAND_HOUSING', 10, 10, 5, 20, 10, 3, 12,
                  case when g % 10 = 5 then r + interval '9 days' end,
                  case when g % 5 = 0 then (r at time zone 'Europe/London')::date + 10 end,
                  case when g % 20 >= 2 then r + case when g % 5 = 0 then interval '36 days' else interval '9 days' end end,
                  case when g % 20 < 2 then null when g % 5 = 0 then 'STAGE_2' else 'STAGE_1' end,
                  r, r + interval '9 days'
                from (select g, make_timestamptz(?, 1, 1, 9, 0, 0, 'UTC')
                        + (g::double precision / ? * ? * 365) * interval '1 day' as r
                      from generate_series(1, ?) g) generated
                """, services.toArray(Long[]::new), services.size(), GENERATOR, firstYear, count, years, count);
        jdbc.execute("vacuum analyze case_file");
        return written;
    }

    /**
     * For each generated complaint, the decisions it was sent and the charter deadlines of the stages it went
     * through; returns how many decisions were written.
     */
    private int writeDecisionsAndDeadlines() {
        int decisions = jdbc.update("""
                insert into stage_decision (version, case_id, stage, outcome, response, learning, drafted_by, drafted_at,
                  sent_at)
                select 0, c.id, s.stage,
                  (array['UPHELD','PARTIALLY_UPHELD','NOT_UPHELD','RESOLVED'])[1 + (c.id + s.n) % 4],
                  'Our answer to your complaint.',
                  case when c.id % 21 = 0 then 'We have changed how we book repairs.' end,
                  'olivia', s.sent, s.sent
                from case_file c
                cross join lateral (values
                    (1, 'STAGE_1', c.received_at + interval '8 days'),
                    (2, 'STAGE_2', c.received_at + interval '36 days')) s(n, stage, sent)
                where c.logged_by = ? and c.kind = 'COMPLAINT'
                  and (s.stage = 'STAGE_1' and (c.closed_at_stage = 'STAGE_1' or c.escalation_requested_at is not null)
                    or s.stage = 'STAGE_2' and c.closed_at_stage = 'STAGE_2')
                """, GENERATOR);
        jdbc.update("""
                insert into case_deadline (version, case_id, kind, starts_on, working_days, extension_days,
                  original_due_on, due_on, at_risk_on, status, completed_on, at_risk_warned_at, at_risk_warned_for,
                  breached_at, breached_for)
                select 0, c.id, k.kind, k.starts, k.days, k.extension, k.due, k.due + k.extension, k.due - 3,
                  'COMPLETED', k.completed,
                  case when c.id % 6 = 0 then (k.due - 3)::timestamp at time zone 'Europe/London' end,
                  case when c.id % 6 = 0 then k.due end,
                  case when k.completed > k.due + k.extension
                    then (k.due + k.extension + 1)::timestamp at time zone 'Europe/London' end,
                  case when k.completed > k.due + k.extension then k.due + k.extension end
                from case_file c
                cross join lateral (values
                    ('STAGE_1_RESPONSE', c.received_on, 10, case when c.id % 10 = 3 then 14 else 0 end,
                     c.received_on + 14, c.received_on + case when c.id % 12 = 7 then 19 else 8 end),
                    ('STAGE_2_ACKNOWLEDGEMENT', c.stage2_started_on, 5, 0, c.stage2_started_on + 7,
                     c.stage2_started_on + 2),
                    ('STAGE_2_RESPONSE', c.stage2_started_on, 20, case when c.id % 10 = 3 then 14 else 0 end,
                     c.stage2_started_on + 28, c.stage2_started_on + case when c.id % 12 = 7 then 33 else 26 end))
                  k(kind, starts, days, extension, due, completed)
                where c.logged_by = ? and c.kind = 'COMPLAINT'
                  and (k.kind = 'STAGE_1_RESPONSE' and (c.closed_at_stage = 'STAGE_1' or c.escalation_requested_at is not null)
                    or k.kind <> 'STAGE_1_RESPONSE' and c.closed_at_stage = 'STAGE_2')
                """, GENERATOR);
        jdbc.execute("vacuum analyze stage_decision");
        jdbc.execute("vacuum analyze case_deadline");
        return decisions;
    }

    /**
     * Each generated case's timeline as the procedure writes it: twelve entries for a complaint, from its receipt to
     * its closure, spread evenly between the two; two for a compliment or a comment (received, then triaged). At a
     * large council that is 11 entries a case on average; returns how many were written.
     */
    private int writeTimelines() {
        int written = jdbc.update("""
                insert into case_event (case_id, occurred_at, actor, type, description)
                select c.id,
                  c.received_at + (e.n - 1) * (coalesce(c.closed_at, c.received_at + interval '1 day') - c.received_at) / 11,
                  case when e.n <= 2 or e.type = 'CLOSED' then 'system' when e.type = 'RESPONSE_SIGNED_OFF' then 'max'
                    else 'olivia' end,
                  e.type, e.what
                from case_file c
                cross join (values
                    (1, 'RECEIVED', 'Received by email.'),
                    (2, 'TRIAGED', 'Triaged as a complaint about the service.'),
                    (3, 'STAGE_STARTED', 'Stage 1 started.'),
                    (4, 'ACKNOWLEDGED', 'Acknowledgement sent to the customer by email.'),
                    (5, 'TASK_CLAIMED', 'Olivia Grant took the step.'),
                    (6, 'POINTS_AGREED', 'Points of complaint agreed with the customer.'),
                    (7, 'CUSTOMER_CONTACTED', 'Phoned the customer to talk through what happened.'),
                    (8, 'NOTE_ADDED', 'The repairs team confirm the visit was missed.'),
                    (9, 'RESPONSE_DRAFTED', 'Response drafted.'),
                    (10, 'RESPONSE_SIGNED_OFF', 'Response signed off.'),
                    (11, 'DECISION_SENT', 'Decision sent to the customer by email.'),
                    (12, 'CLOSED', 'Case closed.')) e(n, type, what)
                where c.logged_by = ? and (c.kind = 'COMPLAINT' or e.n <= 2)
                """, GENERATOR);
        jdbc.execute("vacuum analyze case_event");
        return written;
    }

    /** A satisfaction survey answered on one in eight generated complaints, two days after it closed. */
    private int writeSurveys() {
        int answered = jdbc.update("""
                insert into survey_response (case_id, ease, kept_informed, clear_answer, satisfied, comment, submitted_at)
                select c.id, 1 + c.id % 5, 1 + (c.id / 3) % 5, 1 + (c.id / 7) % 5, 1 + (c.id / 11) % 5,
                  case when c.id % 5 = 0 then 'Thank you for sorting it out.' end, c.closed_at + interval '2 days'
                from case_file c where c.logged_by = ? and c.kind = 'COMPLAINT' and c.id % 8 = 0
                """, GENERATOR);
        jdbc.execute("vacuum analyze survey_response");
        return answered;
    }

    /**
     * Two emails to the customer for each generated case, both sent: the acknowledgement when it was received and
     * the decision when it closed (the thanks, for a compliment or a comment). Each is the message given, with
     * {@code {reference}} replaced by the case's reference, as the outbox keeps every message as it was written;
     * returns how many were written.
     */
    private int writeSentEmails(String subject, String text, String html) {
        int written = jdbc.update("""
                insert into notification (case_id, type, audience, summary, status, created_at, subject, body_text,
                  body_html, email_to, attempts, sent_at)
                select c.id, e.type, 'CUSTOMER', e.summary || ' ' || c.reference, 'SENT', e.at,
                  replace(?, '{reference}', c.reference), replace(?, '{reference}', c.reference),
                  replace(?, '{reference}', c.reference), c.customer_email, 1, e.at + interval '20 seconds'
                from case_file c
                cross join lateral (values
                    ('COMPLAINT_RECEIVED', 'We have received', c.received_at),
                    (case when c.kind = 'COMPLAINT' then 'DECISION' else 'CASE_CLOSED' end, 'Our answer to',
                     coalesce(c.closed_at, c.received_at + interval '2 days'))) e(type, summary, at)
                where c.logged_by = ?
                """, subject, text, html, GENERATOR);
        jdbc.execute("vacuum analyze notification");
        return written;
    }

    /**
     * {@code plans} learning plans spread over the services and the five years (one in five finished, the rest
     * approved), and {@code actions} actions in them, each made from the learning of a generated complaint of the
     * plan's service (spread evenly over the complaints with learning) and in each status in turn; returns how many
     * actions were written.
     */
    private int writePlansAndActions(int plans, int actions) {
        jdbc.update("""
                insert into action_plan (version, service_code, corporate, title, period_from, period_to, source,
                  status, created_by, created_at)
                select 0, s.code, false, 'Learning from complaints, plan ' || g, make_date(2021 + g % 5, 4, 1),
                  make_date(2022 + g % 5, 3, 31), 'COMPLAINTS_LEARNING',
                  case when g % 5 = 4 then 'FINISHED' else 'APPROVED' end, ?, make_timestamptz(2021 + g % 5, 4, 1, 9, 0, 0, 'UTC')
                from generate_series(1, ?) g
                join (select code, row_number() over (order by id) - 1 as n, count(*) over () as of
                        from council_service) s on s.n = g % s.of
                """, GENERATOR, plans);
        int written = jdbc.update("""
                insert into plan_action (plan_id, description, owner, target_date, outcome_measure, status, case_id)
                select (select p.id from action_plan p where p.created_by = ? and p.service_code = l.code
                          order by p.id offset l.n % (select count(*) from action_plan q where q.created_by = ?
                                                     and q.service_code = l.code) limit 1),
                  'Change what the complaint taught us, number ' || l.n, 'olivia', l.received_on + 90,
                  'Fewer complaints of this kind', (array['NOT_STARTED','ON_TRACK','AT_RISK','COMPLETE','DROPPED'])[1 + l.n % 5],
                  l.id
                from (select c.id, c.received_on, s.code, row_number() over (order by c.id) as n,
                             count(*) over () as learned
                        from case_file c join council_service s on s.id = c.service_id
                       where c.logged_by = ? and c.kind = 'COMPLAINT' and c.id % 21 = 0) l
                where l.n % greatest(1, l.learned / ?) = 0
                order by l.n
                limit ?
                """, GENERATOR, GENERATOR, GENERATOR, actions, actions);
        jdbc.execute("vacuum analyze action_plan");
        jdbc.execute("vacuum analyze plan_action");
        return written;
    }

    /**
     * One in 150 of the complaints closed at stage 2 taken up by the ombudsman a month after (about 200 a year, as at
     * a large county), decided three months later in each of the ombudsman's ways in turn (those not yet due are
     * still open). Each upheld in whole or in part has two recommendations, due a month after the decision, done and
     * approved on time or (one in four) late; returns how many were taken up.
     */
    private int writeOmbudsmanReferrals() {
        int referrals = jdbc.update("""
                insert into ombudsman_referral (version, case_id, body, their_reference, first_contact_on, recorded_by,
                  recorded_at, submission, submitted_by, submitted_at, signed_off_by, signed_off_at, decision,
                  decided_on, decision_summary, closed_on)
                select 0, c.id, 'lgsco', 'LGSCO-' || c.id, c.taken_up, 'olivia',
                  (c.taken_up + time '10:00')::timestamp at time zone 'Europe/London',
                  'What we did, and why.', 'olivia', (c.taken_up + 20 + time '10:00')::timestamp at time zone 'Europe/London',
                  'max', (c.taken_up + 21 + time '10:00')::timestamp at time zone 'Europe/London',
                  case when c.decided <= current_date then
                    (array['NOT_UPHELD','UPHELD','PARTLY_UPHELD','SETTLED','NOT_TAKEN_FORWARD'])[1 + (c.n / 150) % 5] end,
                  case when c.decided <= current_date then c.decided end,
                  case when c.decided <= current_date then 'The ombudsman''s decision.' end,
                  case when c.decided + 60 <= current_date then c.decided + 60 end
                from (select c.id, (c.closed_at at time zone 'Europe/London')::date + 30 as taken_up,
                        (c.closed_at at time zone 'Europe/London')::date + 120 as decided,
                        row_number() over (order by c.id) as n
                        from case_file c
                       where c.logged_by = ? and c.kind = 'COMPLAINT' and c.closed_at_stage = 'STAGE_2') c
                where c.n % 150 = 0
                """, GENERATOR);
        jdbc.update("""
                insert into ombudsman_recommendation (version, referral_id, what, owner, due_on, evidence, done_on,
                  approved_by, approved_at, told_ombudsman_on)
                select 0, r.id, m.what, 'max', r.decided_on + 30,
                  case when m.done <= current_date then 'Done, as the letter attached shows.' end,
                  case when m.done <= current_date then m.done end,
                  case when m.done <= current_date then 'max' end,
                  case when m.done <= current_date then (m.done + time '16:00')::timestamp at time zone 'Europe/London' end,
                  case when m.done + 1 <= current_date then m.done + 1 end
                from ombudsman_referral r join case_file c on c.id = r.case_id
                cross join lateral (values
                    ('Apologise to the customer in writing.', r.decided_on + 10),
                    ('Review how the service books repairs, and tell the ombudsman what changed.',
                     r.decided_on + case when r.id % 4 = 0 then 45 else 25 end)) m(what, done)
                where c.logged_by = ? and r.decision in ('UPHELD', 'PARTLY_UPHELD')
                """, GENERATOR);
        jdbc.execute("vacuum analyze ombudsman_referral");
        jdbc.execute("vacuum analyze ombudsman_recommendation");
        return referrals;
    }

    /**
     * Takes every generated row away again; on a database kept for benchmarks ({@link BenchmarkDatabase}) leaves it
     * all for the next run.
     */
    public void delete() {
        if (BenchmarkDatabase.kept()) {
            System.out.println("BENCHMARK the generated history stays in the database kept for benchmarks");
            return;
        }
        deleteAll();
    }

    private void deleteAll() {
        jdbc.update(
                "delete from plan_action where plan_id in (select id from action_plan where created_by = ?)",
                GENERATOR);
        jdbc.update("delete from action_plan where created_by = ?", GENERATOR);
        jdbc.update(
                "delete from ombudsman_recommendation where referral_id in (select r.id from ombudsman_referral r"
                        + " join case_file c on c.id = r.case_id where c.logged_by = ?)",
                GENERATOR);
        for (String table : List.of(
                "survey_response",
                "case_deadline",
                "stage_decision",
                "case_event",
                "notification",
                "ombudsman_referral")) {
            jdbc.update(
                    "delete from " + table + " where case_id in (select id from case_file where logged_by = ?)",
                    GENERATOR);
        }
        jdbc.update("delete from case_file where logged_by = ?", GENERATOR);
        jdbc.execute("drop table if exists " + PARTS);
    }
}
