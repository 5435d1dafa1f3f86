package org.charterdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.scorecard.ComputedFigure;
import org.charterdesk.scorecard.ComputedFigures;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A known quarter of complaints for one service (Parks, January to March 2026, Scottish calendar), built through
 * the real procedure, and every figure of the report checked exactly, with the cases each figure lists.
 */
class ComplaintFiguresIT extends IntegrationTestBase {

    private static final String PARKS = "parks-test";
    private static final ReportPeriod Q1 = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

    @Autowired
    ComplaintFigures figures;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    CommitteePack pack;

    @Autowired
    ComputedFigures computed;

    @Autowired
    Surveys surveys;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    InvestigationSteps investigation;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    EscalationRequests escalations;

    private StaffMember oscar;
    /** Investigates at stage 2: the charter promises someone other than the stage 1 responder. */
    private StaffMember pia;

    private StaffMember rita;
    private static Report report;
    private static String a;
    private static String b;
    private static String c;
    private static String d;
    private static String e;
    private static String h;

    @BeforeEach
    void aQuarterOfParksComplaints() {
        if (services.findByCode(PARKS).isEmpty()) {
            services.save(new CouncilService(PARKS, "Parks (test)", ProcedureProfile.SPSO));
        }
        oscar = staff("oscar", "Oscar", "Green", StaffGroups.officers(PARKS));
        pia = staff("pia", "Pia", "Lane", StaffGroups.officers(PARKS));
        rita = staff("rita", "Rita", "Marsh", StaffGroups.managers(PARKS));
        if (report != null) {
            return;
        }
        // A: answered upheld in 2 working days, with learning; the customer is very satisfied.
        a = complaint(LocalDate.of(2026, 2, 2), false);
        at(LocalDate.of(2026, 2, 4));
        answer(a, Outcome.UPHELD, "We are sorry.", "Mow on the published dates.");
        at(LocalDate.of(2026, 2, 5));
        surveys.answer(reload(a).getSurveyToken(), new SurveyAnswers(5, 4, 5, 5, "Quick and kind."));
        // B: 3 more working days approved; answered not upheld in 7, inside the extension.
        b = complaint(LocalDate.of(2026, 2, 2), false);
        at(LocalDate.of(2026, 2, 6));
        frontline.requestExtension(
                taskId(b, ComplaintStep.RESPOND_AT_FRONTLINE),
                new ExtensionInput(3, "Waiting for the contractor"),
                oscar);
        decisions.decideExtension(taskId(b, ComplaintStep.DECIDE_STAGE_1_EXTENSION), ManagerDecision.approved(), rita);
        at(LocalDate.of(2026, 2, 11));
        answer(b, Outcome.NOT_UPHELD, null, null);
        // C: answered partly upheld in 8 working days, late; the customer is not satisfied.
        c = complaint(LocalDate.of(2026, 2, 2), false);
        at(LocalDate.of(2026, 2, 12));
        answer(c, Outcome.PARTIALLY_UPHELD, "Sorry for the delay.", null);
        at(LocalDate.of(2026, 2, 13));
        surveys.answer(reload(c).getSurveyToken(), new SurveyAnswers(2, 1, 3, 2, null));
        // D: resolved at stage 1 in 1 working day; escalated, upheld at stage 2 in 10 working days.
        d = complaint(LocalDate.of(2026, 2, 9), false);
        at(LocalDate.of(2026, 2, 10));
        answer(d, Outcome.RESOLVED, null, null);
        at(LocalDate.of(2026, 2, 11));
        escalations.request(d, new EscalationRequest("pat.jones@example.com", "Still unhappy"), Optional.empty());
        decisions.decideEscalation(taskId(d, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), rita);
        at(LocalDate.of(2026, 2, 12));
        investigation.acknowledge(
                taskId(d, ComplaintStep.ACKNOWLEDGE_STAGE_2), new PointsInput(List.of("The bins"), null), pia);
        at(LocalDate.of(2026, 2, 25));
        finalResponse(d, Outcome.UPHELD, "We are sorry.", "Check bins weekly.");
        // E: high risk, straight to stage 2; not upheld in 24 working days, late.
        e = complaint(LocalDate.of(2026, 2, 16), true);
        at(LocalDate.of(2026, 2, 17));
        investigation.acknowledge(
                taskId(e, ComplaintStep.ACKNOWLEDGE_STAGE_2), new PointsInput(List.of("The fence"), null), pia);
        at(LocalDate.of(2026, 3, 20));
        finalResponse(e, Outcome.NOT_UPHELD, null, null);
        // F and G: a compliment and a comment; H: a complaint still open at the end of the quarter.
        at(LocalDate.of(2026, 2, 3));
        intake.receive(
                new NewCase(
                        CaseKind.COMPLIMENT,
                        Channel.PHONE,
                        PARKS,
                        customer("Kim", "kim@example.com"),
                        "Lovely flowers.",
                        null,
                        null,
                        null),
                Optional.of(fran));
        intake.receive(
                new NewCase(
                        CaseKind.COMMENT,
                        Channel.PHONE,
                        PARKS,
                        customer("Lee", "lee@example.com"),
                        "More benches, please.",
                        null,
                        null,
                        null),
                Optional.of(fran));
        h = complaint(LocalDate.of(2026, 3, 23), false);

        var plans = context.getBean(org.charterdesk.actionplans.ActionPlans.class);
        var plan = plans.create(
                oscar,
                new org.charterdesk.actionplans.PlanInput(
                        PARKS,
                        false,
                        "Parks plan",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        org.charterdesk.actionplans.PlanSource.COMPLAINTS_LEARNING));
        var action = plans.actionFromLearning(oscar, plan.id(), a, "oscar", LocalDate.of(2026, 6, 30));
        plans.recordProgress(
                oscar,
                action.getId(),
                null,
                new org.charterdesk.actionplans.ProgressInput(
                        org.charterdesk.actionplans.ActionStatus.ON_TRACK, "Mowing dates published", null));

        report = figures.report(rita, Q1, PARKS);
    }

    @Test
    void receivedAndClosed() {
        assertFigure("received.complaints", "6", a, b, c, d, e, h);
        assertFigure("received.per1000", "0.07", a, b, c, d, e, h);
        assertThat(report.figure("received.compliments").orElseThrow().cases()).hasSize(1);
        assertFigure("received.compliments", "1");
        assertFigure("received.comments", "1");
        assertFigure("closed.all", "5", a, b, c, d, e);
        assertFigure("closed.stage1", "3 of 5 (60.0%)", a, b, c);
        assertFigure("closed.stage2", "1 of 5 (20.0%)", e);
        assertFigure("closed.stage2.escalated", "1 of 5 (20.0%)", d);
    }

    /** The database counts each figure; its list is read apart when opened, and must hold as many cases. */
    @Test
    void everyCountAgreesWithItsList() {
        int counted = 0;
        for (Figure figure : report.figures()) {
            Matcher count =
                    Pattern.compile("^(\\d+)( of \\d+ \\(.*\\))?( \\(.*\\))?$").matcher(figure.value());
            if (count.matches()) {
                assertThat(figure.cases()).as(figure.key()).hasSize(Integer.parseInt(count.group(1)));
                counted++;
            }
        }
        assertThat(counted).isGreaterThan(30);
    }

    @Test
    void workingDaysTimescalesAndExtensions() {
        assertFigure("time.stage1.average", "4.5", a, b, c, d);
        assertFigure("time.stage2.average", "17.0", d, e);
        assertFigure("timescale.stage1.within", "2 of 4 (50.0%)", a, d);
        assertFigure("timescale.stage1.extension", "1", b);
        assertFigure("timescale.stage2.within", "1 of 2 (50.0%)", d);
        assertFigure("timescale.stage2.extension", "0");
    }

    /** The scorecard's computed measures are these same figures, as numbers. */
    @Test
    void theScorecardsComputedMeasuresAreTheseFigures() {
        LocalDate january = Q1.from();
        assertThat(computed.figure(ComputedFigure.STAGE1_WITHIN_TIMESCALE, PARKS, Frequency.QUARTERLY, january))
                .isEqualByComparingTo("50.0");
        assertThat(computed.figure(ComputedFigure.STAGE2_WITHIN_TIMESCALE, PARKS, Frequency.QUARTERLY, january))
                .isEqualByComparingTo("50.0");
        assertThat(computed.figure(ComputedFigure.RECEIVED_PER_1000, PARKS, Frequency.QUARTERLY, january))
                .isEqualByComparingTo("0.07");
        assertThat(computed.figure(ComputedFigure.STAGE1_AVERAGE_DAYS, PARKS, Frequency.QUARTERLY, january))
                .isEqualByComparingTo("4.5");
        // February alone, as a monthly measure counts it: A and D in time, B extended, C late.
        assertThat(computed.figure(
                        ComputedFigure.STAGE1_WITHIN_TIMESCALE, PARKS, Frequency.MONTHLY, LocalDate.of(2026, 2, 1)))
                .isEqualByComparingTo("50.0");
        // A quarter with no responses has no figure: the scorecard says "not reported", never 0%.
        assertThat(computed.figure(
                        ComputedFigure.STAGE1_WITHIN_TIMESCALE, PARKS, Frequency.QUARTERLY, LocalDate.of(2025, 1, 1)))
                .isNull();
    }

    @Test
    void outcomesAtEachStage() {
        assertFigure("outcome.stage1.upheld", "1 of 4 (25.0%)", a);
        assertFigure("outcome.stage1.partially_upheld", "1 of 4 (25.0%)", c);
        assertFigure("outcome.stage1.not_upheld", "1 of 4 (25.0%)", b);
        assertFigure("outcome.stage1.resolved", "1 of 4 (25.0%)", d);
        assertFigure("outcome.stage2.upheld", "1 of 2 (50.0%)", d);
        assertFigure("outcome.stage2.not_upheld", "1 of 2 (50.0%)", e);
        assertFigure("outcome.stage2.resolved", "0 of 2 (0.0%)");
    }

    @Test
    void charterStandardsMetAndBreached() {
        assertFigure("standard.stage_1_response.met", "3 of 4 (75.0%)", a, b, d);
        assertFigure("standard.stage_1_response.breached", "1 of 4 (25.0%)", c);
        assertFigure("standard.stage_2_acknowledgement.met", "2 of 2 (100.0%)", d, e);
        assertFigure("standard.stage_2_response.met", "1 of 2 (50.0%)", d);
        assertFigure("standard.stage_2_response.breached", "1 of 2 (50.0%)", e);
        assertThat(report.figure("standard.stage_1_acknowledgement.met"))
                .as("the SPSO's procedure has no stage 1 acknowledgement: no '0 of 0' row for it")
                .isEmpty();
        assertThat(figures.report(admin, Q1, CODE_SERVICE).figure("standard.stage_1_acknowledgement.met"))
                .as("the Complaint Handling Code's procedure has one")
                .hasValueSatisfying(f -> assertThat(f.value()).startsWith("0 of "));
    }

    @Test
    void satisfactionAndLearning() {
        assertFigure("satisfaction.responses", "2", a, c);
        assertFigure("satisfaction.ease", "3.50", a, c);
        assertFigure("satisfaction.informed", "2.50", a, c);
        assertFigure("satisfaction.clear", "4.00", a, c);
        assertFigure("satisfaction.satisfied", "3.50", a, c);
        assertFigure("satisfaction.share", "1 of 2 (50.0%)", a);
        assertFigure("learning.recorded", "2", a, d);
        assertFigure("learning.actions", "1 (on track 1)", a);
    }

    @Test
    void aSurveyIsAnsweredOnceAndAnUnknownLinkShowsNothing() {
        String token = reload(a).getSurveyToken();
        assertThat(surveys.invitation(token))
                .hasValueSatisfying(i -> assertThat(i.answered()).isTrue());
        assertThatThrownBy(() -> surveys.answer(token, new SurveyAnswers(1, 1, 1, 1, null)))
                .hasMessageContaining("already been answered");
        assertThat(surveys.invitation("not-a-real-token-at-all-0123456789")).isEmpty();
    }

    @Test
    void theLastPeriodAndOtherServicesAreSeparate() {
        Report before = figures.report(rita, Q1.previous(), PARKS);
        assertThat(Q1.previous()).isEqualTo(new ReportPeriod(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(before.value("received.complaints")).isEqualTo("0");
        assertThatThrownBy(() -> figures.report(rita, Q1, "housing")).hasMessageContaining("cannot see");
        assertThatThrownBy(() -> figures.report(oscar, Q1, PARKS)).hasMessageContaining("cannot see");
    }

    @Test
    void theCommitteePackAndIndicatorsCarryTheSameFigures() {
        String csv = pack.committeeCsv(rita, Q1);
        assertThat(csv)
                .contains("Council,Period from,Period to,Scope,Section,Figure,Value,Number,Out of,Percentage,"
                        + "Period before,Number before,Out of before,Percentage before")
                .contains("Anytown Council,2026-01-01,2026-03-31,Parks (test),Closed,Closed at stage 1,"
                        + "3 of 5 (60.0%),3,5,60.0,0 of 0,0,0,")
                .contains("Parks (test),Time to respond,Average working days to respond at stage 1 (not counting time"
                        + " waiting for the customer),4.5,,,,None,,,")
                .contains("Parks (test),Time to respond,Average working days waiting for the customer at stage 1"
                        + " (cases that asked them for more information),None,,,,None,,,")
                .doesNotContain(",Your services,");
        assertThat(pack.reports(rita, Q1)).hasSize(1);
        assertThat(pack.indicatorsCsv(rita, Q1))
                .contains("Indicator 6,Average working days to respond at stage 2,17.0")
                .contains("Indicator 5,Complaints closed at stage 2 after escalation,1 of 5 (20.0%),1,5,20.0");
        byte[] pdf = pack.committeePdf(rita, Q1);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdfText(pdf))
                .contains("Period before: 1 Oct 2025 to 31 Dec 2025")
                .contains("Complaints received and closed by month")
                .contains("Oct 2025", "Mar 2026")
                .contains("This period", "Period before")
                .doesNotContain("Stage 1 acknowledgement");
        assertThat(new String(pack.indicatorsPdf(rita, Q1), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    private static String pdfText(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertFigure(String key, String value, String... cases) {
        Figure figure = report.figure(key).orElseThrow(() -> new AssertionError("No figure " + key));
        assertThat(figure.value()).as(key).isEqualTo(value);
        if (cases.length > 0 || !value.matches("\\d+")) {
            assertThat(figure.cases()).as(key + " cases").containsExactlyInAnyOrder(cases);
        }
    }

    private String complaint(LocalDate day, boolean highRisk) {
        at(day);
        CaseFile file = intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        PARKS,
                        customer("Pat Jones", "pat.jones@example.com"),
                        "The park was not looked after.",
                        "Fix it.",
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, highRisk, null)),
                Optional.of(fran));
        return file.getReference();
    }

    private void answer(String reference, Outcome outcome, String apology, String learning) {
        frontline.respond(
                taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(outcome, "Our answer.", apology, null, learning),
                oscar);
    }

    private void finalResponse(String reference, Outcome outcome, String apology, String learning) {
        investigation.submit(
                taskId(reference, ComplaintStep.INVESTIGATE),
                new InvestigationInput(
                        List.of("Found."), new DecisionInput(outcome, "Our final answer.", apology, null, learning)),
                pia);
        decisions.signOffFinalResponse(
                taskId(reference, ComplaintStep.SIGN_OFF_FINAL_RESPONSE), ManagerDecision.approved(), rita);
    }
}
