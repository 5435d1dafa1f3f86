package org.charterdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.tasklist.OpenStepMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded default as {@code ./mvnw spring-boot:run} starts it: H2, the sample charter, demo users and a dozen
 * cases at different stages, some at risk and one overdue. (An in-memory H2 instead of the file under ./data.) It
 * starts on a Saturday before a bank holiday Monday (St Andrew's Day), the hardest day for "at risk" and
 * "overdue" to mean something.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:charterdesk-demo;DB_CLOSE_DELAY=-1",
            "camunda.bpm.job-execution.enabled=false"
        })
class DemoDataIT {

    static {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 28, 11, 0)
                .atZone(ZoneId.of("Europe/London"))
                .toInstant()));
    }

    @AfterAll
    static void resetClock() {
        ClockUtil.reset();
    }

    @Autowired
    CaseFileRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OpenStepMetrics openStepMetrics;

    @Autowired
    MeterRegistry meters;

    @Autowired
    IdentityService identity;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    org.charterdesk.reporting.ComplaintFigures figures;

    @Autowired
    org.charterdesk.security.StaffDirectory directory;

    @Autowired
    org.charterdesk.notifications.OutboxSender sender;

    @Autowired
    org.charterdesk.notifications.NotificationRepository notifications;

    @Autowired
    org.charterdesk.actionplans.PlanQueries planQueries;

    @Test
    void oneComplaintIsWithTheOmbudsmanWithOneRecommendationDoneAndOneOutstanding() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from ombudsman_referral where decision = 'PARTLY_UPHELD'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select approved_at is not null from ombudsman_recommendation order by id", Boolean.class))
                .containsExactly(true, false);
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey("complaint-ombudsman")
                        .taskDefinitionKey("DoRecommendation")
                        .taskAssignee("harry")
                        .count())
                .isEqualTo(1);
    }

    /** On H2, as on PostgreSQL, the open steps are counted by service and status for monitoring. */
    @Test
    void theOpenStepsGaugeCountsTheDemosStepsOnH2() {
        openStepMetrics.refresh();
        double housing = meters.find("charterdesk.steps.open").tag("service", "housing").gauges().stream()
                .mapToDouble(Gauge::value)
                .sum();
        assertThat(housing).isPositive();
    }

    @Autowired
    org.charterdesk.tasklist.TaskLists taskLists;

    /**
     * On H2, as on PostgreSQL, Team tasks as they first open (read from the teams' rows) hold what the list sorted
     * another way holds (read from the steps' rows), page by page and in the count.
     */
    @Test
    void teamTasksOnH2AreTheSameStepsReadEitherWay() {
        // An officer of two teams (the demo's officers each have one), so that the teams' rows are merged.
        var officer = new org.charterdesk.security.StaffMember(
                "olivia",
                "Olivia Grant",
                "olivia@anytown.gov.uk",
                Set.of("housing", "waste"),
                Set.of(),
                false,
                false,
                false);
        var none = org.charterdesk.tasklist.TaskListFilter.none();
        var team = org.charterdesk.tasklist.TaskListKind.TEAM;
        var byReceived =
                new org.charterdesk.tasklist.TaskListSort.Order(org.charterdesk.tasklist.TaskListSort.RECEIVED, false);
        List<String> steps = taskLists.page(officer, team, none, byReceived, 0, 100).stream()
                .map(org.charterdesk.tasklist.TaskRow::taskId)
                .toList();
        List<String> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < steps.size() + 2; offset += 2) {
            taskLists.page(officer, team, none, offset, 2).forEach(row -> paged.add(row.taskId()));
        }
        assertThat(steps)
                .extracting(step -> jdbc.queryForObject(
                        "select service_code from task_list_entry where task_id = ?", String.class, step))
                .contains("housing", "waste");
        assertThat(paged).containsExactlyInAnyOrderElementsOf(steps);
        assertThat(taskLists.count(officer, team, none)).isEqualTo(steps.size());
    }

    @Test
    void oneCustomersContactIsRestricted() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_restriction where lifted_on is null and service_code = 'waste'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void oneComplaintWaitsForTheCustomersAnswerToAQuestion() {
        assertThat(cases.findAll())
                .filteredOn(c -> c.getStatus() == CaseStatus.WAITING_FOR_CUSTOMER)
                .singleElement()
                .satisfies(c -> assertThat(jdbc.queryForObject(
                                "select question from information_request where case_id = ?", String.class, c.getId()))
                        .startsWith("Please send us a photo of the mould"));
    }

    @Test
    void thereIsACompletedSelfAssessmentAnApprovedPlanAndOneWaitingForApproval() {
        var cora = directory.find("cora").orElseThrow();
        var plans = planQueries.visibleTo(cora);
        assertThat(plans)
                .extracting(p -> p.status())
                .contains(
                        org.charterdesk.actionplans.PlanStatus.APPROVED,
                        org.charterdesk.actionplans.PlanStatus.IN_REVIEW);
        var approved = plans.stream()
                .filter(p -> p.status() == org.charterdesk.actionplans.PlanStatus.APPROVED)
                .findFirst()
                .orElseThrow();
        assertThat(planQueries.actions(approved.id()))
                .extracting(r -> r.status())
                .contains(
                        org.charterdesk.actionplans.ActionStatus.COMPLETE,
                        org.charterdesk.actionplans.ActionStatus.ON_TRACK,
                        org.charterdesk.actionplans.ActionStatus.AT_RISK);
        assertThat(planQueries.actions(approved.id())).anyMatch(r -> r.caseReference() != null);
    }

    @Autowired
    org.charterdesk.scorecard.Scorecard scorecard;

    @Test
    void theScorecardHasSixQuartersWithSomeMeasuresCloseToAndOffTargetAndTheLatestReturnsOpen() {
        var cora = directory.find("cora").orElseThrow();
        var quarters = scorecard.lastPeriods(org.charterdesk.scorecard.Frequency.QUARTERLY, 6);
        assertThat(quarters.get(5)).isEqualTo(java.time.LocalDate.of(2026, 7, 1));
        var grid = scorecard.grid(cora, org.charterdesk.scorecard.Frequency.QUARTERLY, quarters);
        assertThat(grid.rows()).hasSize(11);
        var statuses = grid.rows().stream()
                .flatMap(r -> r.cells().subList(0, 5).stream())
                .map(c -> c.rag())
                .toList();
        assertThat(statuses)
                .contains(
                        org.charterdesk.scorecard.Rag.GREEN,
                        org.charterdesk.scorecard.Rag.AMBER,
                        org.charterdesk.scorecard.Rag.RED);
        // The computed measures come from the demo's own complaints.
        assertThat(grid.rows().stream()
                        .filter(r -> r.measure().code().equals("complaints-stage1-on-time"))
                        .flatMap(r -> r.cells().stream())
                        .filter(c -> c.figure() != null))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey("scorecard-return")
                        .taskDefinitionKey("ApproveReturn")
                        .taskCandidateGroup("housing-managers")
                        .count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processDefinitionKey("scorecard-return")
                        .taskDefinitionKey("EnterFigures")
                        .taskCandidateGroup("waste-officers")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void withNoMailServerNothingFailsAndEveryNotificationWaitsInTheOutbox() {
        assertThat(sender.canSend()).isFalse();
        assertThat(sender.sendDue()).isZero();
        assertThat(notifications.findAll())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.getStatus())
                        .isIn(
                                org.charterdesk.notifications.NotificationStatus.PENDING,
                                org.charterdesk.notifications.NotificationStatus.TO_CONTACT));
    }

    @Test
    void theReportsHaveSixMonthsOfHistoryAcrossServices() {
        List<CaseFile> closed = cases.findAll().stream()
                .filter(c -> c.getStatus() == CaseStatus.CLOSED)
                .toList();
        for (String service : List.of("housing", "waste")) {
            assertThat(closed.stream()
                            .filter(c -> c.serviceCode().equals(service))
                            .map(c -> java.time.YearMonth.from(c.getClosedAt().atZone(ZoneId.of("Europe/London"))))
                            .distinct()
                            .count())
                    .as(service + ": months with closed complaints")
                    .isGreaterThanOrEqualTo(5);
        }
        var report = figures.report(
                directory.find("admin").orElseThrow(),
                new org.charterdesk.reporting.ReportPeriod(
                        java.time.LocalDate.of(2026, 5, 1), java.time.LocalDate.of(2026, 11, 27)),
                null);
        assertThat(Integer.parseInt(report.value("closed.all"))).isGreaterThanOrEqualTo(25);
        assertThat(report.figure("closed.stage2.escalated").orElseThrow().cases())
                .isNotEmpty();
        assertThat(report.figure("timescale.stage1.extension").orElseThrow().cases())
                .isNotEmpty();
        assertThat(report.figure("standard.stage_1_response.breached")
                        .orElseThrow()
                        .cases())
                .isNotEmpty();
        assertThat(Integer.parseInt(report.value("satisfaction.responses"))).isPositive();
    }

    @Test
    void everyDemoCaseIsReceivedOnItsTimelineOnTheDayItWasReceived() {
        ZoneId uk = ZoneId.of("Europe/London");
        List<String> wrong = jdbc.query("""
                select c.reference, c.received_on, e.occurred_at from case_file c
                  join case_event e on e.case_id = c.id and e.type = 'RECEIVED'""", (row, n) -> {
            LocalDate receivedOn = row.getObject(2, LocalDate.class);
            LocalDate logged =
                    row.getObject(3, OffsetDateTime.class).atZoneSameInstant(uk).toLocalDate();
            return receivedOn.equals(logged)
                    ? null
                    : row.getString(1) + " received " + receivedOn + ", timeline says " + logged;
        });
        assertThat(wrong).hasSizeGreaterThan(30).containsOnlyNulls();
    }

    @Test
    void aNewUserSeesALivingSystem() {
        for (String user : List.of("olivia", "harry", "max", "wendy", "wes", "will", "fran", "admin", "cora")) {
            assertThat(identity.checkPassword(user, DemoData.PASSWORD)).as(user).isTrue();
            assertThat(identity.checkPassword(user, "Demo")).as(user).isFalse();
        }
        assertThat(identity.createUserQuery()
                        .memberOfGroup("housing-officers")
                        .userId("olivia")
                        .count())
                .isOne();
        assertThat(identity.createUserQuery()
                        .memberOfGroup("camunda-admin")
                        .userId("admin")
                        .count())
                .isOne();

        List<CaseFile> all = cases.findAll();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        Map<CaseStatus, Long> byStatus =
                all.stream().collect(Collectors.groupingBy(CaseFile::getStatus, Collectors.counting()));
        assertThat(byStatus.keySet())
                .containsAll(Arrays.asList(
                        CaseStatus.RECEIVED,
                        CaseStatus.IN_PROGRESS,
                        CaseStatus.ESCALATION_REQUESTED,
                        CaseStatus.CLOSED,
                        CaseStatus.NOT_A_COMPLAINT,
                        CaseStatus.RECORDED));
        assertThat(all).extracting(CaseFile::getKind).contains(CaseKind.COMPLIMENT, CaseKind.COMMENT);

        Map<String, Long> openSteps = tasks.createTaskQuery().active().list().stream()
                .collect(Collectors.groupingBy(t -> t.getTaskDefinitionKey(), Collectors.counting()));
        assertThat(openSteps.keySet())
                .contains(
                        "TriageContact",
                        "RespondAtFrontline",
                        "DecideStage1Extension",
                        "DecideEscalation",
                        "AcknowledgeStage2",
                        "Investigate",
                        "SignOffFinalResponse");
        assertThat(tasks.createTaskQuery().taskAssignee("olivia").count()).isGreaterThanOrEqualTo(2);

        // Cases were logged on the days they arrived, so the timers of those now at risk or overdue are already
        // due: when the job executor runs them (at once, on start) they flag the cases and warn.
        List<Job> due = management.createJobQuery().executable().list();
        assertThat(due).isNotEmpty();
        due.forEach(job -> management.executeJob(job.getId()));
        assertThat(cases.findAll())
                .filteredOn(c -> c.getCharterFlag() == CharterFlag.AT_RISK)
                .isNotEmpty();
        assertThat(cases.findAll())
                .filteredOn(c -> c.getCharterFlag() == CharterFlag.OVERDUE)
                .hasSize(1);
    }
}
