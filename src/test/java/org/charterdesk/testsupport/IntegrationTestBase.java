package org.charterdesk.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.CouncilServiceRepository;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseEventRepository;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintIntake;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.CaseDeadlineRepository;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationRepository;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Integration tests run the whole application, on a real PostgreSQL, on a random port. One Spring context (and
 * so one engine and one database) is shared by every test class that uses this base without changing its
 * configuration. The engine's job executor is off: tests move the clock and run due jobs themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PostgresTestConfiguration.class)
public abstract class IntegrationTestBase {

    /**
     * Every context sends mail to the run's GreenMail server (the outbox is sent when a test says so), and scans
     * attachments with the run's clamd stand-in.
     */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMailServer::port);
        registry.add("charterdesk.attachments.clamav.host", () -> "127.0.0.1");
        registry.add("charterdesk.attachments.clamav.port", ClamdStub::port);
    }

    protected static final ZoneId LONDON = ZoneId.of("Europe/London");
    protected static final String PASSWORD = "test-password";
    /** A service that answers under the English complaint handling code, for tests of that profile. */
    protected static final String CODE_SERVICE = "housing-england";

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected TaskService taskService;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected IdentityService identity;

    @Autowired
    protected StaffDirectory directory;

    @Autowired
    protected ComplaintIntake intake;

    @Autowired
    protected CaseFileRepository cases;

    @Autowired
    protected CaseDeadlineRepository deadlineRepository;

    @Autowired
    protected CaseEventRepository events;

    @Autowired
    protected NotificationRepository notifications;

    @Autowired
    protected CouncilServiceRepository services;

    protected StaffMember olivia;
    protected StaffMember harry;
    protected StaffMember max;
    protected StaffMember wendy;
    protected StaffMember fran;
    protected StaffMember admin;
    protected StaffMember cora;

    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void setUpStaffAndAssertions() {
        init(engine);
        // Failed sign-ins and wrong guesses are counted by address; every test calls from 127.0.0.1.
        jdbc.update("delete from sign_in_failure");
        jdbc.update("delete from wrong_guess");
        ensureCodeService();
        olivia =
                staff("olivia", "Olivia", "Grant", StaffGroups.officers("housing"), StaffGroups.officers(CODE_SERVICE));
        harry = staff("harry", "Harry", "Stone", StaffGroups.officers("housing"), StaffGroups.officers(CODE_SERVICE));
        max = staff("max", "Max", "Fraser", StaffGroups.managers("housing"), StaffGroups.managers(CODE_SERVICE));
        wendy = staff("wendy", "Wendy", "Park", StaffGroups.officers("waste"));
        fran = staff("fran", "Fran", "Hughes", StaffGroups.INTAKE);
        admin = staff("admin", "Ada", "Admin", StaffGroups.ADMINISTRATORS);
        cora = staff("cora", "Cora", "Lead", StaffGroups.CORPORATE);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Sets the engine's clock (and so the application's) to a time of day in the UK. */
    protected static Instant at(LocalDate day, LocalTime time) {
        Instant instant = day.atTime(time).atZone(LONDON).toInstant();
        ClockUtil.setCurrentTime(Date.from(instant));
        return instant;
    }

    /** A time of day in the UK, without moving any clock. */
    protected static Instant london(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(LONDON).toInstant();
    }

    protected static Instant at(LocalDate day) {
        return at(day, LocalTime.of(10, 0));
    }

    /** Runs every job of the case's process that is due by now, as the job executor would. */
    protected int runDueJobs(String reference) {
        int executed = 0;
        while (true) {
            ProcessInstance running = instance(reference);
            if (running == null) {
                return executed;
            }
            Date soon = new Date(ClockUtil.getCurrentTime().getTime() + 1000);
            List<Job> due = management
                    .createJobQuery()
                    .processInstanceId(running.getId())
                    .duedateLowerThan(soon)
                    .list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
    }

    protected CaseFile phoneComplaint(String service, Instant receivedAt) {
        return intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        service,
                        customer("Pat Jones", "pat.jones@example.com"),
                        "The repair was not done.",
                        "Do the repair.",
                        receivedAt,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(fran));
    }

    protected CaseFile webComplaint(String service, String email) {
        return intake.receive(
                new NewCase(
                        null,
                        null,
                        service,
                        customer("Sam Web", email),
                        "Nobody answered my emails.",
                        "A reply.",
                        null,
                        null),
                Optional.empty());
    }

    protected static NewCase.CustomerDetails customer(String name, String email) {
        return new NewCase.CustomerDetails(
                name,
                email,
                "01234 567890",
                null,
                email == null ? PreferredContact.PHONE : PreferredContact.EMAIL,
                null);
    }

    protected ProcessInstance instance(String reference) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
    }

    protected String taskId(String reference, ComplaintStep step) {
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(step.taskKey())
                .active()
                .singleResult();
        if (task == null) {
            throw new AssertionError("No open '" + step.displayName() + "' on " + reference + "; open: "
                    + taskService.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
                            .map(Task::getTaskDefinitionKey)
                            .toList());
        }
        return task.getId();
    }

    protected CaseFile reload(String reference) {
        return cases.findByReference(reference).orElseThrow();
    }

    protected CaseDeadline deadline(String reference, DeadlineKind kind) {
        return deadlineRepository
                .findByCaseFileIdAndKind(reload(reference).getId(), kind)
                .orElseThrow();
    }

    protected List<EventType> timeline(String reference) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(reload(reference).getId()).stream()
                .map(CaseEvent::getType)
                .toList();
    }

    protected List<String> timelineText(String reference) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(reload(reference).getId()).stream()
                .map(CaseEvent::getDescription)
                .toList();
    }

    /**
     * Ends every running scorecard-return process (its steps leave the task lists) and forgets the scorecard's
     * figures, corrections, returns and reviews of the periods ending between the two days.
     */
    protected void forgetScorecard(LocalDate from, LocalDate to) {
        runtime.createProcessInstanceQuery()
                .processDefinitionKey("scorecard-return")
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
        jdbc.update(
                "delete from figure_correction where figure_id in"
                        + " (select id from measure_figure where period_end between ? and ?)",
                from,
                to);
        jdbc.update("delete from measure_figure where period_end between ? and ?", from, to);
        jdbc.update("delete from scorecard_return where period_end between ? and ?", from, to);
        jdbc.update("delete from scorecard_review where half_year_end between ? and ?", from, to);
    }

    protected List<Notification> notificationsOf(String reference) {
        return notifications.findByCaseIdOrderById(reload(reference).getId());
    }

    /** A member of staff in these groups (created when missing), signed in with {@link #PASSWORD}. */
    protected StaffMember staff(String id, String first, String last, String... groups) {
        ensureGroups(Set.of(groups));
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(id + "@example.gov.uk");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            for (String group : groups) {
                identity.createMembership(id, group);
            }
        }
        return directory.find(id).orElseThrow();
    }

    private void ensureGroups(Set<String> ids) {
        for (String id : ids) {
            if (identity.createGroupQuery().groupId(id).count() == 0) {
                Group group = identity.newGroup(id);
                group.setName(id);
                identity.saveGroup(group);
            }
        }
    }

    private void ensureCodeService() {
        if (services.findByCode(CODE_SERVICE).isPresent()) {
            return;
        }
        services.save(new CouncilService(CODE_SERVICE, "Housing (England)", ProcedureProfile.COMPLAINT_HANDLING_CODE));
        ensureGroups(Set.of(StaffGroups.officers(CODE_SERVICE), StaffGroups.managers(CODE_SERVICE)));
    }
}
