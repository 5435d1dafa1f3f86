package org.charterdesk.workspace.scorecard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.charter.Language;
import org.charterdesk.scorecard.FigureInput;
import org.charterdesk.scorecard.PastFigures;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.ScorecardSteps;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Entering, sending back, approving and reading the scorecard on its screens (Karibu), and the public page. */
class ScorecardViewsIT extends ViewTestBase {

    private static final LocalDate END = LocalDate.of(2030, 12, 31);

    @Autowired
    ScorecardReturns returns;

    @Autowired
    PastFigures past;

    @Autowired
    ActionPlans plans;

    @AfterEach
    void forgetTheReturns() {
        forgetScorecard(LocalDate.of(2030, 7, 1), LocalDate.of(2030, 12, 31));
    }

    private Long housingReturn() {
        at(LocalDate.of(2031, 1, 1), LocalTime.of(6, 0));
        runtime.startProcessInstanceByKey(ScorecardSteps.PROCESS);
        at(LocalDate.of(2031, 1, 6));
        return returns.find("housing", END).orElseThrow().id();
    }

    private static String text(String id) {
        return _get(NativeTableRow.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void aServiceEntersItsFiguresTheManagerSendsThemBackThenApprovesAndTheScorecardShowsThem() {
        Long id = housingReturn();
        open(olivia, "scorecard/returns/" + id);
        _click(_get(Button.class, spec -> spec.withId("send-figures")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("figure-emergency-repairs-on-time"))
                        .getErrorMessage())
                .isEqualTo("Give the figure, or say in the comment why it cannot be given");
        _setValue(
                _get(BigDecimalField.class, spec -> spec.withId("figure-emergency-repairs-on-time")),
                new BigDecimal("101"));
        _click(_get(Button.class, spec -> spec.withId("send-figures")));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("figure-emergency-repairs-on-time"))
                        .getErrorMessage())
                .isEqualTo("A percentage is between 0 and 100");
        _setValue(
                _get(BigDecimalField.class, spec -> spec.withId("figure-emergency-repairs-on-time")),
                new BigDecimal("96.5"));
        _setValue(_get(TextField.class, spec -> spec.withId("comment-emergency-repairs-on-time")), "Storm week");
        _click(_get(Button.class, spec -> spec.withId("send-figures")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("return-status")).getText())
                .startsWith("Waiting for the manager's approval");
        assertThat(_find(Button.class, spec -> spec.withId("send-figures"))).isEmpty();

        open(max, "scorecard/returns/" + id);
        _click(_get(Button.class, spec -> spec.withId("send-back-figures")));
        assertThat(_get(TextArea.class, spec -> spec.withId("return-comments")).getErrorMessage())
                .isEqualTo("Say what must change before sending the figures back");
        _setValue(_get(TextArea.class, spec -> spec.withId("return-comments")), "Add the Christmas week jobs");
        _click(_get(Button.class, spec -> spec.withId("send-back-figures")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sent-back-comments"))
                        .getText())
                .isEqualTo("Sent back by the manager: Add the Christmas week jobs");

        open(olivia, "scorecard/returns/" + id);
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("figure-emergency-repairs-on-time"))
                        .getValue())
                .isEqualByComparingTo("96.5");
        _setValue(
                _get(BigDecimalField.class, spec -> spec.withId("figure-emergency-repairs-on-time")),
                new BigDecimal("96.8"));
        _click(_get(Button.class, spec -> spec.withId("send-figures")));
        open(max, "scorecard/returns/" + id);
        _click(_get(Button.class, spec -> spec.withId("approve-figures")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("return-status")).getText())
                .startsWith("Approved");

        open(max, "scorecard");
        assertThat(text("measure-emergency-repairs-on-time")).contains("96.8%", "Close to target", "Storm week");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("Share of stage 1 complaint responses")
                .doesNotContain("Share of calls answered");
        _click(_get(Button.class, spec -> spec.withId("history-emergency-repairs-on-time")));
        assertThat(_get(Html.class, spec -> spec.withId("history-chart"))
                        .getElement()
                        .getOuterHTML())
                .contains("<svg", "Oct to Dec 2030: 96.8%");
        assertThat(_get(NativeTable.class, spec -> spec.withId("history-table"))
                        .getElement()
                        .getTextRecursively())
                .contains("Oct to Dec 2030", "96.8%", "Close to target");

        _click(_get(Button.class, spec -> spec.withId("correct-2030-10-01")));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("corrected-figure")), new BigDecimal("98.1"));
        _setValue(_get(TextField.class, spec -> spec.withId("correction-reason")), "Two jobs were double counted");
        _click(_get(Button.class, spec -> spec.withId("save-correction")));
        assertThat(_get(NativeTable.class, spec -> spec.withId("history-table"))
                        .getElement()
                        .getTextRecursively())
                .contains("98.1%", "On target", "Corrected from 96.8% to 98.1% by max", "Two jobs were double counted");
    }

    @Test
    void theFocusGroupRecordsItsReviewAndTurnsAConclusionIntoAPlanAction() {
        List<String> owing = List.of("customer-services", "housing", "waste", "roads", "council-tax");
        StaffMember enters = staff(
                "sc-officer",
                "Sam",
                "Counter",
                owing.stream().map(StaffGroups::officers).toArray(String[]::new));
        StaffMember approves = staff(
                "sc-manager",
                "Mo",
                "Checker",
                owing.stream().map(StaffGroups::managers).toArray(String[]::new));
        at(LocalDate.of(2030, 10, 1), LocalTime.of(6, 0));
        runtime.startProcessInstanceByKey(ScorecardSteps.PROCESS);
        at(LocalDate.of(2030, 10, 8));
        for (String service : owing) {
            Long id = returns.find(service, LocalDate.of(2030, 9, 30))
                    .orElseThrow()
                    .id();
            returns.submit(
                    enters,
                    id,
                    returns.form(enters, id).lines().stream()
                            .map(line -> new FigureInput(line.measure().id(), new BigDecimal("90"), "Counted", null))
                            .toList());
            returns.decide(approves, id, true, null);
        }
        PlanSummary plan = plans.create(
                cora,
                new PlanInput(
                        "customer-services",
                        true,
                        "Council service plan",
                        LocalDate.of(2030, 10, 1),
                        LocalDate.of(2031, 9, 30),
                        PlanSource.COMPLAINTS_LEARNING));
        Long reviewId = jdbc.queryForObject(
                "select id from scorecard_review where half_year_end = date '2030-09-30'", Long.class);

        open(cora, "scorecard/reviews/" + reviewId);
        _click(_get(Button.class, spec -> spec.withId("record-conclusions")));
        assertThat(_get(TextArea.class, spec -> spec.withId("conclusions")).getErrorMessage())
                .isEqualTo("Write what the group concluded");
        _setValue(_get(TextArea.class, spec -> spec.withId("conclusions")), "Answer calls faster at lunchtime.");
        _click(_get(Button.class, spec -> spec.withId("record-conclusions")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-conclusions"))
                        .getText())
                .isEqualTo("The group concluded: Answer calls faster at lunchtime.");
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> planBox = _get(ComboBox.class, spec -> spec.withId("review-plan"));
        _setValue(
                planBox,
                planBox.getListDataView()
                        .getItems()
                        .filter(p -> p.id().equals(plan.id()))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(DatePicker.class, spec -> spec.withId("review-target")), LocalDate.of(2031, 3, 31));
        _setValue(_get(TextField.class, spec -> spec.withId("review-measure")), "Lunchtime calls answered in 20s");
        _click(_get(Button.class, spec -> spec.withId("add-review-action")));
        assertThat(plans.actions(plan.id()))
                .anySatisfy(a -> assertThat(a.getDescription()).isEqualTo("Answer calls faster at lunchtime."));
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ScorecardSteps.PROCESS)
                        .count())
                .isZero();
    }

    @Test
    void officersCannotOpenTheScorecardNorOtherServicesFigures() {
        Long id = housingReturn();
        assertRefused(olivia, "scorecard", ScorecardView.class);
        open(wendy, "scorecard/returns/" + id);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("You cannot see this service's figures")
                .doesNotContain("send-figures");
        assertRefused(olivia, "scorecard/reviews/1", ReviewView.class);
    }

    @Test
    void thePublicPageShowsPublishedApprovedFiguresInEnglishAndWelsh() {
        at(LocalDate.of(2031, 1, 6));
        past.record(admin, "emergency-repairs-on-time", LocalDate.of(2030, 4, 1), new BigDecimal("99"), null);
        past.record(admin, "emergency-repairs-on-time", LocalDate.of(2030, 7, 1), new BigDecimal("99"), null);
        past.record(admin, "emergency-repairs-on-time", LocalDate.of(2030, 10, 1), new BigDecimal("96"), null);
        open(null, "charter/performance");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("performance"));
        assertThat(table.getCaptionText()).isEqualTo("Our figures for the last four quarters");
        assertThat(text("measure-emergency-repairs-on-time"))
                .contains("at least 98%", "99%", "On target", "96%", "Close to target", "Worse than the quarter before")
                .contains("The same as the quarter before", "Not reported")
                .doesNotContain("!{");
        openIn(Language.WELSH, null, "charter/performance");
        assertThat(text("measure-emergency-repairs-on-time"))
                .contains("Ar y targed", "Yn agos at y targed", "Yr un fath â'r chwarter cynt")
                .doesNotContain("!{");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("sut wnaethon ni yn erbyn ein siarter", "Ein ffigurau ar gyfer y pedwar chwarter diwethaf");
    }
}
