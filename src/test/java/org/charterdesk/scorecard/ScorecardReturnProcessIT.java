package org.charterdesk.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.charterdesk.notifications.Notification;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.AtOnce;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.ProcessCoverage;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the {@code scorecard-return} process, driven through the scorecard's services on PostgreSQL. */
class ScorecardReturnProcessIT extends IntegrationTestBase {

    private static final List<String> OWING = List.of("customer-services", "housing", "waste", "roads", "council-tax");

    @Autowired
    ScorecardReturns returns;

    @Autowired
    ScorecardReviews reviews;

    @Autowired
    Measures measures;

    private StaffMember officer;
    private StaffMember manager;

    @BeforeEach
    void scorecardStaff() {
        officer = staff(
                "sc-officer",
                "Sam",
                "Counter",
                OWING.stream().map(StaffGroups::officers).toArray(String[]::new));
        manager = staff(
                "sc-manager",
                "Mo",
                "Checker",
                OWING.stream().map(StaffGroups::managers).toArray(String[]::new));
    }

    @AfterEach
    void forgetTheReturns() {
        forgetScorecard(LocalDate.of(2031, 1, 1), LocalDate.of(2032, 12, 31));
    }

    @AfterAll
    static void everyElementRan(@Autowired ProcessEngine engine) {
        ProcessCoverage.assertEveryElementRan(engine, ScorecardSteps.PROCESS);
    }

    /** The month ends: the engine's timer starts the process at 06:00 on the 1st. */
    private ProcessInstance monthEnds(LocalDate firstOfMonth) {
        at(firstOfMonth, LocalTime.of(6, 0));
        return runtime.startProcessInstanceByKey(ScorecardSteps.PROCESS);
    }

    private ReturnSummary returnOf(String service, LocalDate periodEnd) {
        return returns.form(manager, idOf(service, periodEnd)).scorecardReturn();
    }

    private Long idOf(String service, LocalDate periodEnd) {
        return jdbc.queryForObject(
                "select id from scorecard_return where service_code = ? and period_end = ?",
                Long.class,
                service,
                periodEnd);
    }

    private List<FigureInput> figures(Long returnId, String figure) {
        return returns.form(officer, returnId).lines().stream()
                .map(line -> new FigureInput(line.measure().id(), new BigDecimal(figure), "As counted", null))
                .toList();
    }

    private void enterAndApprove(String service, LocalDate periodEnd) {
        Long id = idOf(service, periodEnd);
        returns.submit(officer, id, figures(id, "97"));
        returns.decide(manager, id, true, null);
    }

    @Test
    void figuresEnteredAndApprovedAreLocked() {
        ProcessInstance instance = monthEnds(LocalDate.of(2031, 7, 1));
        LocalDate end = LocalDate.of(2031, 6, 30);
        assertThat(instance).hasPassed("OpenReturns").isWaitingAt("EnterFigures");
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey("EnterFigures")
                        .count())
                .isEqualTo(OWING.size());
        ReturnSummary housing = returnOf("housing", end);
        // Due 10 working days after the period: Monday 14 July 2031.
        assertThat(housing.dueOn()).isEqualTo(LocalDate.of(2031, 7, 14));
        Long id = housing.id();
        assertThat(returns.form(officer, id).lines())
                .extracting(line -> line.measure().code())
                .containsExactly("emergency-repairs-on-time");

        assertThatThrownBy(() -> returns.submit(officer, id, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Give the figure, or say in the comment why it cannot be given");
        assertThatThrownBy(() -> returns.submit(wendy, id, figures(id, "97"))).hasMessageContaining("cannot take");
        returns.submit(officer, id, figures(id, "97.5"));
        assertThat(returns.find(id).getStatus()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThatThrownBy(() -> returns.decide(officer, id, true, null)).hasMessageContaining("cannot take");

        returns.decide(manager, id, true, null);
        assertThat(returns.find(id).getStatus()).isEqualTo(ReturnStatus.APPROVED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from measure_figure f join measure m on m.id = f.measure_id"
                                + " where m.code = 'emergency-repairs-on-time' and f.period_end = ? and f.locked",
                        Integer.class,
                        end))
                .isEqualTo(1);
        assertThat(historyOf(instance, "LockFigures")).isEqualTo(1);
        // The computed measures were worked out for the quarter as it ended.
        assertThat(jdbc.queryForObject(
                        "select count(*) from measure_figure f join measure m on m.id = f.measure_id"
                                + " where m.source = 'COMPUTED' and f.period_end = ? and f.locked",
                        Integer.class,
                        end))
                .isEqualTo(3);
    }

    /** Two managers approve and send back the same figures at the same moment: one decision counts. */
    @RepeatedTest(2)
    void ofTwoSimultaneousDecisionsOnOneReturnExactlyOneCounts() throws Exception {
        monthEnds(LocalDate.of(2032, 4, 1));
        Long id = idOf("housing", LocalDate.of(2032, 3, 31));
        returns.submit(officer, id, figures(id, "99"));
        StaffMember second = staff("sc-manager-2", "Di", "Second", StaffGroups.managers("housing"));
        List<String> results = AtOnce.run(List.of(manager, second).stream()
                .map(member -> (Callable<String>) () -> {
                    boolean approve = member == manager;
                    try {
                        returns.decide(member, id, approve, approve ? null : "Check the March jobs");
                        return approve ? "approved" : "sent back";
                    } catch (StepNotFoundException e) {
                        return "told: " + e.getMessage();
                    }
                })
                .toList());
        assertThat(results).filteredOn(r -> r.startsWith("told: ")).hasSize(1);
        ReturnStatus status = returns.find(id).getStatus();
        assertThat(status).isEqualTo(results.contains("approved") ? ReturnStatus.APPROVED : ReturnStatus.SENT_BACK);
        forgetScorecard(LocalDate.of(2032, 3, 31), LocalDate.of(2032, 3, 31));
    }

    @Test
    void figuresSentBackWithCommentsAreEnteredAgain() {
        ProcessInstance instance = monthEnds(LocalDate.of(2032, 1, 1));
        Long id = idOf("roads", LocalDate.of(2031, 12, 31));
        returns.submit(officer, id, figures(id, "3"));
        assertThatThrownBy(() -> returns.decide(manager, id, false, "  ")).hasMessageContaining("Say what must change");
        returns.decide(manager, id, false, "The December count is missing the A-roads");
        assertThat(returns.find(id).getStatus()).isEqualTo(ReturnStatus.SENT_BACK);
        assertThat(returns.find(id).getComments()).isEqualTo("The December count is missing the A-roads");
        assertThat(returns.form(officer, id).mayEnter()).isTrue();
        assertThat(historyOf(instance, "EnterFigures")).isEqualTo(OWING.size() + 1);

        returns.submit(officer, id, figures(id, "2.5"));
        returns.decide(manager, id, true, null);
        assertThat(returns.form(manager, id).lines()).singleElement().satisfies(line -> {
            assertThat(line.figure()).isEqualByComparingTo("2.5");
            assertThat(line.rag()).isEqualTo(Rag.AMBER);
        });
    }

    @Test
    void aServiceIsRemindedBeforeItsFiguresAreDueAndItsManagersToldWhenTheyAreLate() {
        ProcessInstance instance = monthEnds(LocalDate.of(2032, 7, 1));
        Long id = idOf("waste", LocalDate.of(2032, 6, 30));
        LocalDate due = returns.find(id).getDueOn();
        assertThat(due).isEqualTo(LocalDate.of(2032, 7, 14));

        at(LocalDate.of(2032, 7, 12), LocalTime.of(0, 1));
        runJobs(instance);
        assertThat(sent(NotificationType.FIGURES_DUE_SOON))
                .extracting(Notification::getRecipient)
                .contains("waste-officers", "waste-managers");
        assertThat(sent(NotificationType.FIGURES_OVERDUE)).isEmpty();

        at(LocalDate.of(2032, 7, 15), LocalTime.of(0, 1));
        runJobs(instance);
        assertThat(sent(NotificationType.FIGURES_OVERDUE))
                .extracting(Notification::getRecipient)
                .contains("waste-managers")
                .doesNotContain("waste-officers");
        assertThat(instance).hasPassed("WarnDueSoon", "WarnOverdue", "DueSoonWarned", "OverdueWarned");
        // Late figures are still taken.
        enterAndApprove("waste", LocalDate.of(2032, 6, 30));
        assertThat(returns.find(id).getStatus()).isEqualTo(ReturnStatus.APPROVED);
    }

    @Test
    void theFocusGroupReviewsTheScorecardAtTheEndOfEachHalfYear() throws Exception {
        ProcessInstance instance = monthEnds(LocalDate.of(2031, 10, 1));
        LocalDate end = LocalDate.of(2031, 9, 30);
        OWING.forEach(service -> enterAndApprove(service, end));
        assertThat(instance).hasPassed("OpenReview").isWaitingAt("ReviewScorecard");
        Long reviewId = reviews.open(end);
        assertThat(reviews.mayRecord(cora, reviewId)).isTrue();
        assertThat(reviews.mayRecord(max, reviewId)).isFalse();
        assertThatThrownBy(() -> reviews.record(cora, reviewId, " ")).hasMessageContaining("Write what the group");

        StaffMember colin = staff("colin", "Colin", "Lead", StaffGroups.CORPORATE);
        List<String> results = AtOnce.run(List.of(cora, colin).stream()
                .map(member -> (Callable<String>) () -> {
                    try {
                        reviews.record(
                                member, reviewId, "Calls are below target two quarters running: ask for a plan.");
                        return "recorded";
                    } catch (StepNotFoundException e) {
                        return "told: " + e.getMessage();
                    }
                })
                .toList());
        assertThat(results)
                .containsExactlyInAnyOrder("recorded", "told: That step is no longer open: someone has just done it");
        assertThat(instance).isEnded().hasPassed("ScorecardReviewed");
        assertThat(reviews.find(reviewId).conclusions()).startsWith("Calls are below target");
        assertThat(reviews.find(reviewId).recordedBy()).isIn("cora", "colin");
    }

    @Test
    void aMonthThatEndsNoPeriodOpensNoReturnAndNoReview() {
        ProcessInstance instance = monthEnds(LocalDate.of(2031, 6, 1));
        assertThat(instance)
                .isEnded()
                .hasPassed("OpenReturns", "ReviewDue", "PeriodClosed")
                .hasNotPassed("EnterFigures");
        assertThat(jdbc.queryForObject(
                        "select count(*) from scorecard_return where period_end = ?",
                        Integer.class,
                        LocalDate.of(2031, 5, 31)))
                .isZero();
    }

    private List<Notification> sent(NotificationType type) {
        return notifications.findAll().stream().filter(n -> n.getType() == type).toList();
    }

    private void runJobs(ProcessInstance instance) {
        Date soon = new Date(ClockUtil.getCurrentTime().getTime() + 1000);
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .duedateLowerThan(soon)
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private long historyOf(ProcessInstance instance, String activity) {
        return engine.getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(activity)
                .count();
    }
}
