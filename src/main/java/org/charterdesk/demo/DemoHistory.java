package org.charterdesk.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.reporting.SurveyAnswers;
import org.charterdesk.reporting.Surveys;
import org.charterdesk.security.StaffMember;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Six months of closed complaints for Housing and Waste, run through the real procedure with the engine's clock
 * set to each day in turn (the job executor paused meanwhile, due timers run in order), so that the reports have a
 * history worth looking at: on time, late, extended, escalated, each outcome, survey answers. Always the same
 * history for the same day (a fixed seed).
 */
@Component
@ConditionalOnProperty(name = "charterdesk.demo.enabled", havingValue = "true")
class DemoHistory {

    private static final String[] NAMES = {
        "Amy Bell",
        "Ben Carr",
        "Cleo Dunn",
        "Dev Ellis",
        "Eve Ford",
        "Finn Gray",
        "Gail Hart",
        "Hugo Irwin",
        "Isla Jones",
        "Jack Kerr",
        "Kate Lowe",
        "Liam Moir",
        "Mia Nash",
        "Noah Orr"
    };
    private static final String[][] HOUSING = {
        {"The repair to my window was booked and nobody came.", "Repair the window."},
        {"Damp in the bathroom has come back after the last repair.", "Fix the damp properly."},
        {"I was not told my rent was going up.", "An explanation."}
    };
    private static final String[][] WASTE = {
        {"My recycling was not collected.", "Collect it."},
        {"The crew were rude when I asked about my garden waste.", "An apology."},
        {"My new bin has not been delivered after four weeks.", "Deliver the bin."}
    };

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final CaseFileRepository cases;
    private final ComplaintIntake intake;
    private final CaseTasks tasks;
    private final FrontlineSteps frontline;
    private final InvestigationSteps investigation;
    private final ManagerDecisions decisions;
    private final EscalationRequests escalations;
    private final Surveys surveys;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;

    DemoHistory(
            ProcessEngine engine,
            CaseFileRepository cases,
            ComplaintIntake intake,
            CaseTasks tasks,
            FrontlineSteps frontline,
            InvestigationSteps investigation,
            ManagerDecisions decisions,
            EscalationRequests escalations,
            Surveys surveys,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.management = engine.getManagementService();
        this.cases = cases;
        this.intake = intake;
        this.tasks = tasks;
        this.frontline = frontline;
        this.investigation = investigation;
        this.decisions = decisions;
        this.escalations = escalations;
        this.surveys = surveys;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
    }

    /** The team of a service in the demo: who answers at stage 1, who investigates at stage 2, who decides. */
    record Team(String service, StaffMember officer, StaffMember investigator, StaffMember manager) {}

    void load(LocalDate today, StaffMember intakeOfficer, List<Team> teams) {
        Runnable putBackClock = DemoClock.current();
        JobExecutor executor =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean running = executor != null && executor.isActive();
        if (running) {
            executor.shutdown();
        }
        Random random = new Random(today.toEpochDay());
        try {
            for (int monthsAgo = 6; monthsAgo >= 1; monthsAgo--) {
                YearMonth month = YearMonth.from(today).minusMonths(monthsAgo);
                for (Team team : teams) {
                    int count = 3 + random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        LocalDate received = calendar.dayZero(month.atDay(1 + random.nextInt(24)));
                        complaint(team, intakeOfficer, received, today, random);
                    }
                }
                at(calendar.dayZero(month.atDay(10)), 9);
                intake.receive(
                        new NewCase(
                                CaseKind.COMPLIMENT,
                                Channel.WEB,
                                teams.get(random.nextInt(teams.size())).service(),
                                customer(random),
                                "Thank you for the quick help.",
                                null,
                                null,
                                null),
                        Optional.empty());
            }
        } finally {
            putBackClock.run();
            if (running) {
                executor.start();
            }
        }
    }

    private void complaint(Team team, StaffMember by, LocalDate received, LocalDate today, Random random) {
        String[][] examples = "housing".equals(team.service()) ? HOUSING : WASTE;
        String[] words = examples[random.nextInt(examples.length)];
        at(received, 10);
        CaseFile c = intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        random.nextBoolean() ? Channel.PHONE : Channel.EMAIL,
                        team.service(),
                        customer(random),
                        words[0],
                        words[1],
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(by));
        int roll = random.nextInt(100);
        int answerAfter = roll < 60 ? 1 + random.nextInt(5) : roll < 75 ? 6 + random.nextInt(3) : 3;
        if (roll >= 75 && roll < 88) {
            at(calendar.addWorkingDays(received, 3), 11);
            frontline.requestExtension(
                    step(c), new ExtensionInput(3, "We needed a contractor's report"), team.officer());
            decisions.decideExtension(step(c), ManagerDecision.approved(), team.manager());
            answerAfter = 6 + random.nextInt(2);
        }
        LocalDate answered = calendar.addWorkingDays(received, answerAfter);
        if (!answered.isBefore(today)) {
            return;
        }
        at(answered, 12);
        runDueTimers(c.getReference());
        Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
        frontline.respond(step(c), decision(outcome, random), team.officer());
        LocalDate escalated = calendar.addWorkingDays(answered, 3);
        LocalDate finalDay = calendar.addWorkingDays(escalated, 8 + random.nextInt(16));
        if (outcome != Outcome.RESOLVED && random.nextInt(100) < 25 && finalDay.isBefore(today)) {
            toStage2(c, team, words, escalated, finalDay, random);
        }
        if (random.nextInt(100) < 50) {
            survey(c, outcome, calendar.addWorkingDays(answered, 2), today, random);
        }
    }

    /** The customer asks for stage 2, the manager agrees, and the investigation is answered and signed off. */
    private void toStage2(
            CaseFile c, Team team, String[] words, LocalDate escalated, LocalDate finalDay, Random random) {
        String ref = c.getReference();
        at(escalated, 10);
        escalations.request(
                ref,
                new EscalationRequest(
                        cases.findByReference(ref).orElseThrow().getCustomer().getEmail(),
                        "I am still unhappy with the answer."),
                Optional.empty());
        decisions.decideEscalation(step(c), ManagerDecision.approved(), team.manager());
        at(calendar.addWorkingDays(escalated, 2), 10);
        investigation.acknowledge(step(c), new PointsInput(List.of(words[0]), words[1]), team.investigator());
        at(finalDay, 12);
        runDueTimers(ref);
        investigation.submit(
                step(c),
                new InvestigationInput(
                        List.of("We checked our records."), decision(Outcome.values()[random.nextInt(3)], random)),
                team.investigator());
        decisions.signOffFinalResponse(step(c), ManagerDecision.approved(), team.manager());
    }

    /** Half the customers answer the satisfaction survey a couple of working days after the answer. */
    private void survey(CaseFile c, Outcome outcome, LocalDate answeredSurvey, LocalDate today, Random random) {
        if (!answeredSurvey.isBefore(today)) {
            return;
        }
        at(answeredSurvey, 15);
        int base = outcome == Outcome.NOT_UPHELD ? 2 : 4;
        String[] comments = {
            null,
            "The officer who called me was very helpful.",
            null,
            "It took too long to hear back.",
            null,
            "Clear letter, thank you."
        };
        surveys.answer(
                cases.findByReference(c.getReference()).orElseThrow().getSurveyToken(),
                new SurveyAnswers(
                        score(base, random),
                        score(base, random),
                        score(base, random),
                        score(base, random),
                        comments[random.nextInt(comments.length)]));
    }

    private static int score(int base, Random random) {
        return Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
    }

    private static DecisionInput decision(Outcome outcome, Random random) {
        boolean sorry = outcome.needsApology();
        return new DecisionInput(
                outcome,
                "We looked into what happened and this is what we found.",
                sorry ? "We are sorry that we let you down." : null,
                sorry ? "We have put it right." : null,
                random.nextInt(100) < 40 ? "Check bookings are confirmed with the customer." : null);
    }

    private void runDueTimers(String reference) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
        if (instance == null) {
            return;
        }
        Date due = new Date(ClockUtil.getCurrentTime().getTime() + 1000);
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .duedateLowerThan(due)
                .orderByJobDuedate()
                .asc()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private void at(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(hour, 0))
                .atZone(calendarProperties.zone())
                .toInstant()));
    }

    private String step(CaseFile c) {
        return tasks.openStepIds(c).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No open step on " + c.getReference()));
    }

    /**
     * A demo customer's phone number, the same for the same name and different for different names (Ofcom's range
     * for drama, 01632 960000 to 960999), so that customer history and restrictions tell customers apart.
     */
    static String phoneOf(String name) {
        return "01632 960%03d".formatted(Math.floorMod(name.hashCode(), 1000));
    }

    private static NewCase.CustomerDetails customer(Random random) {
        String name = NAMES[random.nextInt(NAMES.length)];
        return new NewCase.CustomerDetails(
                name,
                name.toLowerCase().replace(' ', '.') + "@example.com",
                phoneOf(name),
                null,
                PreferredContact.EMAIL,
                null);
    }
}
