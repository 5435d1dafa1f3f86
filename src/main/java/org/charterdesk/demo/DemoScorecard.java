package org.charterdesk.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.charterdesk.scorecard.ComputedFigures;
import org.charterdesk.scorecard.CouncilSurveys;
import org.charterdesk.scorecard.FigureInput;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.scorecard.PastFigures;
import org.charterdesk.scorecard.Scorecard;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.ScorecardSteps;
import org.charterdesk.scorecard.SurveyImport;
import org.charterdesk.security.StaffMember;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's scorecard: five approved quarters of figures for every measure (some on target, some close, some off,
 * with comments), the computed ones worked out from the demo's complaints, and the latest quarter's returns open on
 * the engine: Housing's figures sent by Olivia and waiting for Max, Waste's waiting to be entered.
 */
@Component
@ConditionalOnProperty(name = "charterdesk.demo.enabled", havingValue = "true")
class DemoScorecard {

    /** Each entered or imported measure's figures for the five approved quarters, oldest first. */
    private static final Map<String, String[]> FIGURES = Map.of(
            "calls-answered-20-seconds", new String[] {"82", "79", "74", "77", "81"},
            "letters-answered-10-days", new String[] {"93", "91", "88", "86", "92"},
            "visitors-seen-10-minutes", new String[] {"95", "92", "89", "83", "91"},
            "emergency-repairs-on-time", new String[] {"99", "98.5", "97", "95", "98.2"},
            "missed-bins-next-day", new String[] {"96", "94", "91", "95.5", "97"},
            "potholes-days-to-repair", new String[] {"1.8", "2.4", "3.5", "2", "1.6"},
            "benefit-claims-days", new String[] {"18", "21", "24", "19", "17"});

    /** Why a figure missed its target, for the quarter it missed it in. */
    private static final Map<String, String> REASONS = Map.of(
            "calls-answered-20-seconds", "Two advisers were off sick and the council tax bills went out.",
            "visitors-seen-10-minutes", "The reception desk had one person for six weeks.",
            "emergency-repairs-on-time", "The out-of-hours contractor changed in the quarter.",
            "missed-bins-next-day", "Snow stopped rounds for four days.",
            "potholes-days-to-repair", "A cold spell opened more potholes than the gangs could reach.",
            "benefit-claims-days", "A new system was brought in during the quarter.");

    private final PastFigures past;
    private final ComputedFigures computed;
    private final ScorecardReturns returns;
    private final Scorecard scorecard;
    private final RuntimeService runtime;
    private final CouncilSurveys surveys;

    DemoScorecard(
            CouncilSurveys surveys,
            PastFigures past,
            ComputedFigures computed,
            ScorecardReturns returns,
            Scorecard scorecard,
            RuntimeService runtime) {
        this.surveys = surveys;
        this.past = past;
        this.computed = computed;
        this.returns = returns;
        this.scorecard = scorecard;
        this.runtime = runtime;
    }

    /** The questions of the demo's Citizens' Panel, on a scale of 1 (very dissatisfied) to 5 (very satisfied). */
    private static final String PANEL_SCALES = """
            Q1,"Overall, how satisfied are you with the council's services?",1,5,4
            Q2,How satisfied are you with how easy it is to contact the council?,1,5,4
            Q3,How satisfied are you with how the council deals with complaints?,1,5,4
            """;

    /** Two Citizens' Panel surveys a year apart: the later one answered a little better. */
    private void surveys(StaffMember admin, LocalDate lastQuarter) {
        int year = Frequency.QUARTERLY.endOf(lastQuarter).getYear();
        panel(admin, "Citizens' Panel " + (year - 1), LocalDate.of(year - 1, 9, 1), 0);
        panel(admin, "Citizens' Panel " + year, LocalDate.of(year, 9, 1), 1);
    }

    private void panel(StaffMember admin, String name, LocalDate from, int better) {
        StringBuilder responses = new StringBuilder("Respondent,Q1,Q2,Q3\n");
        for (int i = 0; i < 420; i++) {
            responses
                    .append(i)
                    .append(',')
                    .append(answer(i, 7, better))
                    .append(',')
                    .append(answer(i, 11, better))
                    .append(',')
                    .append(i % 5 == 0 ? "" : answer(i, 13, 0))
                    .append('\n');
        }
        surveys.importSurvey(
                admin,
                new SurveyImport(
                        name,
                        from,
                        from.plusDays(29),
                        1000,
                        PANEL_SCALES,
                        responses.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** An answer from 1 to 5, spread as real panels are: mostly 3 to 5. */
    private static int answer(int respondent, int seed, int better) {
        int[] spread = {5, 4, 4, 3, 4, 2, 5, 3, 4, 1, 4, 5, 3};
        return Math.min(5, spread[(respondent * seed) % spread.length] + (respondent % 6 == 0 ? better : 0));
    }

    void load(StaffMember admin, StaffMember olivia) {
        List<LocalDate> quarters = scorecard.lastPeriods(Frequency.QUARTERLY, 6);
        for (int q = 0; q < 5; q++) {
            LocalDate start = quarters.get(q);
            FIGURES.forEach((code, figures) -> {
                int index = quarters.indexOf(start);
                BigDecimal figure = new BigDecimal(figures[index]);
                past.record(admin, code, start, figure, comment(code, figure, index, figures));
            });
            computed.workOut(YearMonth.from(Frequency.QUARTERLY.endOf(start)));
        }
        surveys(admin, quarters.get(5));
        LocalDate latestEnd = Frequency.QUARTERLY.endOf(quarters.get(5));
        runtime.startProcessInstanceByKey(ScorecardSteps.PROCESS, Map.of("periodEnd", latestEnd.toString()));
        returns.find("housing", latestEnd)
                .ifPresent(housing -> returns.submit(
                        olivia,
                        housing.id(),
                        returns.form(olivia, housing.id()).lines().stream()
                                .map(line -> new FigureInput(
                                        line.measure().id(),
                                        new BigDecimal("98.6"),
                                        "Two jobs waited for parts; both were made safe within the hour.",
                                        "Repairs system report 'Emergency jobs by completion time'"))
                                .toList()));
    }

    /** The reason for the worst quarter of a measure; a plain note otherwise. */
    private static String comment(String code, BigDecimal figure, int index, String[] figures) {
        boolean worst = true;
        for (String other : figures) {
            BigDecimal value = new BigDecimal(other);
            boolean lowerIsWorse = !code.endsWith("-days") && !code.equals("potholes-days-to-repair");
            if (lowerIsWorse ? value.compareTo(figure) < 0 : value.compareTo(figure) > 0) {
                worst = false;
            }
        }
        return worst && REASONS.containsKey(code) ? REASONS.get(code) : "As counted by the service.";
    }
}
