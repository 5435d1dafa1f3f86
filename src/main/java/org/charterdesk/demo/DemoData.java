package org.charterdesk.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.cluster.SetUpBeforeServing;
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
import org.charterdesk.complaints.information.QuestionInput;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.CustomerQuestions;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users and cases for the embedded default, so that a new user sees a living system. Runs only with
 * {@code charterdesk.demo.enabled=true} and only on a database without cases. Every case goes through the same
 * services as real work; receipt dates are set in the past so that some steps are at risk and one is overdue.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "charterdesk.demo.enabled", havingValue = "true")
class DemoData implements SetUpBeforeServing {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final StaffDirectory directory;
    private final CaseFileRepository cases;
    private final ComplaintIntake intake;
    private final CaseTasks tasks;
    private final FrontlineSteps frontline;
    private final InvestigationSteps investigation;
    private final ManagerDecisions decisions;
    private final EscalationRequests escalations;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final Charter charter;
    private final Clock clock;
    private final DemoHistory history;
    private final DemoPlans plans;
    private final DemoScorecard scorecard;
    private final CustomerQuestions questions;
    private final DemoAfterTheAnswer afterTheAnswer;
    private UserEntity hashedPassword;

    DemoData(
            CustomerQuestions questions,
            DemoAfterTheAnswer afterTheAnswer,
            IdentityService identity,
            StaffDirectory directory,
            CaseFileRepository cases,
            ComplaintIntake intake,
            CaseTasks tasks,
            FrontlineSteps frontline,
            InvestigationSteps investigation,
            ManagerDecisions decisions,
            EscalationRequests escalations,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            Charter charter,
            Clock clock,
            DemoHistory history,
            DemoPlans plans,
            DemoScorecard scorecard) {
        this.scorecard = scorecard;
        this.questions = questions;
        this.afterTheAnswer = afterTheAnswer;
        this.history = history;
        this.plans = plans;
        this.identity = identity;
        this.directory = directory;
        this.cases = cases;
        this.intake = intake;
        this.tasks = tasks;
        this.frontline = frontline;
        this.investigation = investigation;
        this.decisions = decisions;
        this.escalations = escalations;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.charter = charter;
        this.clock = clock;
    }

    @Override
    public void setUp() {
        user("olivia", "Olivia", "Grant", StaffGroups.officers("housing"));
        user("harry", "Harry", "Stone", StaffGroups.officers("housing"));
        user("max", "Max", "Fraser", StaffGroups.managers("housing"));
        user("wendy", "Wendy", "Park", StaffGroups.officers("waste"));
        user("wes", "Wes", "Cole", StaffGroups.officers("waste"));
        user("will", "Will", "Moss", StaffGroups.managers("waste"));
        user("fran", "Fran", "Hughes", StaffGroups.INTAKE);
        user("admin", "Ada", "Admin", StaffGroups.ADMINISTRATORS);
        user("cora", "Cora", "Lead", StaffGroups.CORPORATE);
        if (cases.count() == 0) {
            history.load(
                    LocalDate.now(clock.withZone(calendarProperties.zone())),
                    staff("fran"),
                    List.of(
                            new DemoHistory.Team("housing", staff("olivia"), staff("harry"), staff("max")),
                            new DemoHistory.Team("waste", staff("wendy"), staff("wes"), staff("will"))));
            cases();
            plans.load(staff("olivia"), staff("max"), staff("wendy"));
            scorecard.load(staff("admin"), staff("olivia"));
            LocalDate today = LocalDate.now(clock.withZone(calendarProperties.zone()));
            afterTheAnswer.load(today, staff("olivia"), staff("harry"), staff("max"));
            afterTheAnswer.restriction(today, staff("will"));
            log.info(
                    "Loaded demo cases; sign in as olivia, harry, max, wendy, wes, will, fran, cora or admin with"
                            + " password '{}'",
                    PASSWORD);
        }
    }

    /**
     * A demo login. The first one made hashes the password; the others keep that hash and its salt, as they all have
     * the same published password: bcrypt, slow on purpose and slower still before the JIT has compiled it, took
     * nearly half of the demo's set-up when each of the nine logins was hashed on its own.
     */
    private void user(String id, String first, String last, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(id + "@anytown.gov.uk");
        UserEntity entity = (UserEntity) user;
        if (hashedPassword == null) {
            user.setPassword(PASSWORD);
        } else {
            entity.setSalt(hashedPassword.getSalt());
            entity.setDbPassword(hashedPassword.getPassword());
        }
        identity.saveUser(user);
        if (hashedPassword == null) {
            hashedPassword = entity;
        }
        identity.createMembership(id, group);
    }

    private void cases() {
        StaffMember fran = staff("fran");
        StaffMember olivia = staff("olivia");
        StaffMember max = staff("max");
        StaffMember wendy = staff("wendy");
        newAndAtRisk(fran, olivia);
        atStage1(fran, wendy);
        waitingForAManager(fran, olivia);
        waitingForTheCustomer(fran, olivia);
        atStage2(fran, olivia, staff("harry"), max);
        otherContacts(fran);
    }

    private void newAndAtRisk(StaffMember fran, StaffMember olivia) {
        // Stage 1, just logged by phone: waiting in the Housing team's list.
        log(
                fran,
                "housing",
                Channel.PHONE,
                0,
                "Aisha Khan",
                "Our boiler has been broken for two weeks and the repair "
                        + "was cancelled twice without anyone telling us.",
                "Fix the boiler this week.");
        // From the web form, not triaged yet.
        web(
                "housing",
                "Tom Reid",
                "tom.reid@example.com",
                "Nobody has replied to my three emails about damp in my " + "bedroom.",
                "A survey of the damp and a reply.");
        // Stage 1, held by Olivia and at risk: due on the next working day.
        LocalDate today = LocalDate.now(clock.withZone(calendarProperties.zone()));
        CaseFile atRisk = log(
                fran,
                "housing",
                Channel.EMAIL,
                receivedForStage1Due(calendar.dayZero(today.plusDays(1))),
                "Grace Lee",
                "The contractor left rubble in the shared close after the roof repair.",
                "Clear the rubble.");
        claim(atRisk, olivia);
        // Stage 1, held by Olivia and overdue: it was due on the last working day before today.
        LocalDate lastWorkingDay = today.minusDays(1);
        while (!calendar.isWorkingDay(lastWorkingDay)) {
            lastWorkingDay = lastWorkingDay.minusDays(1);
        }
        CaseFile overdue = log(
                fran,
                "housing",
                Channel.LETTER,
                receivedForStage1Due(lastWorkingDay),
                "Peter Walsh",
                "I was charged for a repair that was never carried out.",
                "A refund of the charge.");
        claim(overdue, olivia);
    }

    private void atStage1(StaffMember fran, StaffMember wendy) {
        // Stage 1, held by Wendy.
        CaseFile waste = log(
                fran,
                "waste",
                Channel.PHONE,
                2,
                "Maria Costa",
                "My bin has been missed three weeks in a " + "row.",
                "Collect my bin and make sure it does not happen again.");
        claim(waste, wendy);
        // Closed at stage 1, not upheld.
        CaseFile wasteClosed = log(
                fran,
                "waste",
                Channel.FACE_TO_FACE,
                8,
                "John Doyle",
                "The crew left my bin in the " + "middle of the pavement.",
                "An apology.");
        frontline.respond(
                step(wasteClosed),
                new DecisionInput(
                        Outcome.NOT_UPHELD,
                        "Our crew returned bins to the kerbside as usual; the photographs from that day show the "
                                + "bin at the edge of the pavement.",
                        null,
                        null,
                        null),
                wendy);
    }

    private void waitingForAManager(StaffMember fran, StaffMember olivia) {
        // Upheld at stage 1; the customer asked for stage 2; waiting for Max.
        CaseFile escalated = log(
                fran,
                "housing",
                Channel.PHONE,
                9,
                "Sara Novak",
                "My repair appointment was missed " + "and I lost a day's pay.",
                "Compensation for the lost day.");
        frontline.respond(
                step(escalated),
                upheld(
                        "We missed your appointment and did not tell you.",
                        "We are sorry that we missed the appointment and did not let you know.",
                        "A new appointment at a time that suits you."),
                olivia);
        escalations.request(
                escalated.getReference(),
                new EscalationRequest(
                        "sara.novak@example.com",
                        "I want compensation for the day's pay I lost, not just a new appointment."),
                Optional.empty());
        // Stage 1 extension waiting for Max.
        CaseFile extension = log(
                fran,
                "housing",
                Channel.EMAIL,
                3,
                "Ian Burns",
                "The new kitchen fitted last month " + "has a leak under the sink.",
                "Repair the leak and the damage to the floor.");
        frontline.requestExtension(
                step(extension), new ExtensionInput(3, "We need a plumber's report before we can " + "decide"), olivia);
    }

    /** A complaint waiting for the customer's answer to Olivia's question. */
    private void waitingForTheCustomer(StaffMember fran, StaffMember olivia) {
        CaseFile waiting = log(
                fran,
                "housing",
                Channel.PHONE,
                1,
                "Nia Evans",
                "There is mould on the bedroom wall and it keeps coming back.",
                "Treat the mould and find the cause.");
        questions.ask(
                step(waiting),
                new QuestionInput(
                        "Please send us a photo of the mould, and tell us which rooms it is in.",
                        calendar.addWorkingDays(LocalDate.now(clock.withZone(calendarProperties.zone())), 10),
                        PreferredContact.EMAIL),
                olivia);
    }

    /** Olivia answered stage 1; Harry, who did not, investigates (the charter promises someone new at stage 2). */
    private void atStage2(StaffMember fran, StaffMember olivia, StaffMember harry, StaffMember max) {
        // Stage 2 investigation under way.
        CaseFile investigating = toStage2(
                log(
                        fran,
                        "housing",
                        Channel.LETTER,
                        10,
                        "Lucy Young",
                        "Anti-social noise " + "from the flat above has gone on for months and nothing has been done.",
                        "Action on the noise."),
                olivia,
                max,
                "lucy.young@example.com");
        investigation.acknowledge(
                step(investigating),
                new PointsInput(
                        List.of("Reports of noise were not followed up", "No one called back as promised"),
                        "The noise is dealt with and calls are returned"),
                harry);
        // Stage 2 final response waiting for Max to sign off.
        CaseFile signOff = toStage2(
                log(
                        fran,
                        "housing",
                        Channel.PHONE,
                        12,
                        "Owen Shaw",
                        "My rent account shows " + "arrears that I have paid.",
                        "Correct my rent account."),
                olivia,
                max,
                "owen.shaw@example.com");
        investigation.acknowledge(
                step(signOff), new PointsInput(List.of("Payments were not credited"), "A correct rent account"), harry);
        investigation.submit(
                step(signOff),
                new InvestigationInput(
                        List.of("Two payments were credited to the " + "wrong account."),
                        upheld(
                                "Two of your payments went to the wrong account.",
                                "We are sorry for the worry our mistake caused.",
                                "Your account is corrected and a letter confirms it.")),
                harry);
    }

    private void otherContacts(StaffMember fran) {
        // Straight to stage 2: a serious complaint, waiting for the Council Tax team.
        receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        "council-tax",
                        customer("Nadia Ali", null),
                        "A bailiff visited me about a debt I had already paid, in front of my children.",
                        "An apology and the bailiff action withdrawn.",
                        daysAgo(1),
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, true, false, "Enforcement in error")),
                Optional.of(fran));
        // Not a complaint: a Freedom of Information request.
        receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.EMAIL,
                        "roads",
                        customer("Ken Adams", null),
                        "How many potholes were repaired on the High Street last year?",
                        null,
                        daysAgo(2),
                        new NewCase.TriageFacts(MatterType.FOI_REQUEST, false, false, false, null)),
                Optional.of(fran));
        // A compliment and a comment.
        receive(
                new NewCase(
                        CaseKind.COMPLIMENT,
                        Channel.WEB,
                        "waste",
                        customer("Beth Green", null),
                        "The crew helped my elderly neighbour with her bins during the snow. Thank you!",
                        null,
                        null,
                        null),
                Optional.of(fran));
        receive(
                new NewCase(
                        CaseKind.COMMENT,
                        Channel.FACE_TO_FACE,
                        "planning",
                        customer("Ravi Patel", null),
                        "The planning portal is hard to use on a phone.",
                        null,
                        daysAgo(1),
                        null),
                Optional.of(fran));
    }

    private CaseFile toStage2(CaseFile complaint, StaffMember officer, StaffMember manager, String email) {
        frontline.respond(
                step(complaint),
                new DecisionInput(
                        Outcome.NOT_UPHELD,
                        "We looked into this and found " + "that we followed our policy.",
                        null,
                        null,
                        null),
                officer);
        escalations.request(
                complaint.getReference(),
                new EscalationRequest(email, "I do not agree and want an investigation."),
                Optional.empty());
        decisions.decideEscalation(step(complaint), ManagerDecision.approved(), manager);
        return complaint;
    }

    private CaseFile log(
            StaffMember by,
            String service,
            Channel channel,
            int workingDaysAgo,
            String name,
            String whatHappened,
            String outcome) {
        return log(
                by,
                service,
                channel,
                workingDaysAgo == 0 ? null : daysAgo(workingDaysAgo),
                name,
                whatHappened,
                outcome);
    }

    private CaseFile log(
            StaffMember by,
            String service,
            Channel channel,
            Instant receivedAt,
            String name,
            String whatHappened,
            String outcome) {
        String email = name.toLowerCase().replace(' ', '.') + "@example.com";
        NewCase contact = new NewCase(
                CaseKind.COMPLAINT,
                channel,
                service,
                customer(name, email),
                whatHappened,
                outcome,
                receivedAt,
                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null));
        return receive(contact, Optional.of(by));
    }

    /** Logs a contact as it arrived, so that its timeline starts on the day it was received. */
    private CaseFile receive(NewCase contact, Optional<StaffMember> by) {
        if (contact.receivedAt() == null) {
            return intake.receive(contact, by);
        }
        return DemoClock.at(contact.receivedAt(), () -> intake.receive(contact, by));
    }

    /** 10 o'clock on the day a Housing complaint must be received for its stage 1 response to be due on {@code due}. */
    private Instant receivedForStage1Due(LocalDate due) {
        int days = charter.timescalesFor(charter.service("housing")).amount(ProcedureStep.STAGE_1_RESPONSE);
        LocalDate received = calendar.subtractWorkingDays(due, days, LocalDate.MIN);
        return received.atTime(LocalTime.of(10, 0))
                .atZone(calendarProperties.zone())
                .toInstant();
    }

    private void web(String service, String name, String email, String whatHappened, String outcome) {
        receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.WEB,
                        service,
                        customer(name, email),
                        whatHappened,
                        outcome,
                        null,
                        null),
                Optional.empty());
    }

    private static NewCase.CustomerDetails customer(String name, String email) {
        return new NewCase.CustomerDetails(
                name,
                email,
                DemoHistory.phoneOf(name),
                Math.floorMod(name.hashCode(), 90) + 1 + " High Street, Anytown",
                email == null ? PreferredContact.PHONE : PreferredContact.EMAIL,
                null);
    }

    private static DecisionInput upheld(String response, String apology, String remedy) {
        return new DecisionInput(
                Outcome.UPHELD, response, apology, remedy, "Tell customers straight away when an appointment changes.");
    }

    /** 10 o'clock on the working day {@code n} working days before today. */
    private Instant daysAgo(int n) {
        LocalDate day = LocalDate.now(clock.withZone(calendarProperties.zone()));
        for (int stepped = 0; stepped < n; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                stepped++;
            }
        }
        return day.atTime(LocalTime.of(10, 0)).atZone(calendarProperties.zone()).toInstant();
    }

    private String step(CaseFile c) {
        return tasks.openStepIds(c).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No open step on " + c.getReference()));
    }

    private void claim(CaseFile c, StaffMember member) {
        tasks.claim(step(c), member);
    }

    private StaffMember staff(String username) {
        return directory.find(username).orElseThrow();
    }
}
