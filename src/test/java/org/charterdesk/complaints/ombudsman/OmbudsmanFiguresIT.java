package org.charterdesk.complaints.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.Report;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A known quarter of ombudsman cases for one service (Libraries, April to June 2026), built through the process,
 * and every ombudsman figure of its report checked exactly, with the cases each lists.
 */
class OmbudsmanFiguresIT extends IntegrationTestBase {

    private static final String LIBRARIES = "libraries-test";
    private static final ReportPeriod Q2 = new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

    @Autowired
    OmbudsmanReferrals referrals;

    @Autowired
    OmbudsmanSteps steps;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    ComplaintFigures figures;

    private StaffMember lee;
    private StaffMember mona;

    @Test
    void theQuartersOmbudsmanFiguresAreExact() {
        if (services.findByCode(LIBRARIES).isEmpty()) {
            services.save(new CouncilService(LIBRARIES, "Libraries (test)", ProcedureProfile.SPSO));
        }
        lee = staff("libby", "Libby", "Book", StaffGroups.officers(LIBRARIES));
        mona = staff("lionel", "Lionel", "Shelf", StaffGroups.managers(LIBRARIES));
        // D: taken up in February, decided partly upheld on 20 April; its recommendation is due in July.
        String d = decided(
                LocalDate.of(2026, 2, 2),
                OmbudsmanDecision.PARTLY_UPHELD,
                LocalDate.of(2026, 4, 20),
                List.of(new RecommendationInput("Review the fines policy", "libby", LocalDate.of(2026, 7, 15))));
        // A: taken up 6 April, upheld 15 May: one recommendation done on time, one late, one overdue.
        String a = decided(
                LocalDate.of(2026, 4, 6),
                OmbudsmanDecision.UPHELD,
                LocalDate.of(2026, 5, 15),
                List.of(
                        new RecommendationInput("Apologise", "libby", LocalDate.of(2026, 5, 29)),
                        new RecommendationInput("Refund the fine", "libby", LocalDate.of(2026, 6, 12)),
                        new RecommendationInput("Train the staff", "libby", LocalDate.of(2026, 6, 26))));
        complete(a, "Apologise", LocalDate.of(2026, 5, 20));
        complete(a, "Refund the fine", LocalDate.of(2026, 6, 20));
        // B: taken up 4 May, not upheld 1 June.
        String b = decided(LocalDate.of(2026, 5, 4), OmbudsmanDecision.NOT_UPHELD, LocalDate.of(2026, 6, 1), List.of());
        // C: taken up 15 June, not decided yet.
        String c = closedComplaint(LocalDate.of(2026, 6, 10));
        referrals.takenUp(c, new ReferralInput("spso", "SPSO-C", LocalDate.of(2026, 6, 15)), lee);

        Report report = figures.report(mona, Q2, LIBRARIES);

        assertFigure(report, "ombudsman.taken_up", "3", a, b, c);
        assertFigure(report, "ombudsman.decided", "3", a, b, d);
        assertFigure(report, "ombudsman.decided.upheld", "1 of 3 (33.3%)", a);
        assertFigure(report, "ombudsman.decided.partly_upheld", "1 of 3 (33.3%)", d);
        assertFigure(report, "ombudsman.decided.not_upheld", "1 of 3 (33.3%)", b);
        assertFigure(report, "ombudsman.decided.settled", "0 of 3 (0.0%)");
        assertFigure(report, "ombudsman.decided.not_taken_forward", "0 of 3 (0.0%)");
        assertFigure(report, "ombudsman.upheld", "2 of 3 (66.7%)", a, d);
        assertFigure(report, "ombudsman.recommendations.due", "3", a, a, a);
        assertFigure(report, "ombudsman.recommendations.on_time", "1", a);
        assertFigure(report, "ombudsman.recommendations.late", "1", a);
        assertFigure(report, "ombudsman.recommendations.outstanding", "2", a, d);
        assertThat(report.figure("ombudsman.outstanding.1").orElseThrow()).satisfies(f -> {
            assertThat(f.label()).isEqualTo(a + ": Train the staff (Libby Book, due Friday 26 June 2026)");
            assertThat(f.value()).isEqualTo("Overdue");
            assertThat(f.section()).isEqualTo("Outstanding ombudsman recommendations");
        });
        assertThat(report.figure("ombudsman.outstanding.2").orElseThrow().value())
                .isEqualTo("Not yet due");
        assertThat(report.figure("ombudsman.outstanding.3")).isEmpty();

        Report before = figures.report(mona, Q2.previous(), LIBRARIES);
        assertFigure(before, "ombudsman.taken_up", "1", d);
        assertFigure(before, "ombudsman.decided", "0");
    }

    private static void assertFigure(Report report, String key, String value, String... cases) {
        assertThat(report.figure(key)).as(key).hasValueSatisfying(f -> {
            assertThat(f.value()).as(key).isEqualTo(value);
            assertThat(f.cases()).as(key).containsExactlyInAnyOrder(cases);
        });
    }

    private String decided(
            LocalDate takenUp, OmbudsmanDecision decision, LocalDate decidedOn, List<RecommendationInput> made) {
        String ref = closedComplaint(takenUp.minusDays(7));
        referrals.takenUp(ref, new ReferralInput("spso", "SPSO-" + ref, takenUp), lee);
        at(decidedOn);
        steps.submit(step(ref, "PrepareSubmission").getId(), "Our view.", lee);
        steps.signOff(step(ref, "SignOffSubmission").getId(), true, null, mona);
        steps.recordDecision(
                step(ref, "RecordOmbudsmanDecision").getId(), new DecisionInput(decision, decidedOn, null, made), lee);
        return ref;
    }

    private void complete(String ref, String what, LocalDate on) {
        at(on);
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(ref + "/ombudsman")
                .taskDefinitionKey("DoRecommendation")
                .list()
                .stream()
                .filter(t -> what.equals(steps.openSteps(ref, lee).stream()
                        .filter(s -> s.taskId().equals(t.getId()))
                        .findFirst()
                        .orElseThrow()
                        .forWhat()))
                .findFirst()
                .orElseThrow();
        steps.recommendationDone(task.getId(), "Done.", lee);
        steps.approveRecommendation(step(ref, "ApproveRecommendation").getId(), true, on, null, mona);
    }

    private String closedComplaint(LocalDate receivedOn) {
        at(receivedOn);
        String ref = phoneComplaint(LIBRARIES, null).getReference();
        frontline.respond(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new org.charterdesk.complaints.steps.DecisionInput(Outcome.NOT_UPHELD, "No.", null, null, null),
                lee);
        return ref;
    }

    private Task step(String ref, String key) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(ref + "/ombudsman")
                .taskDefinitionKey(key)
                .singleResult();
    }
}
