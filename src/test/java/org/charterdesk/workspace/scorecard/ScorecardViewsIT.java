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
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.charterdesk.charter.Language;
import org.charterdesk.scorecard.PastFigures;
import org.charterdesk.scorecard.ScorecardReturns;
import org.charterdesk.scorecard.ScorecardSteps;
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

    @AfterEach
    void forgetTheReturns() {
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(ScorecardSteps.PROCESS)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
        jdbc.update("delete from figure_correction");
        jdbc.update("delete from measure_figure where period_end between date '2030-07-01' and date '2030-12-31'");
        jdbc.update("delete from scorecard_return where period_end = ?", END);
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
        past.record(admin, "emergency-repairs-on-time", LocalDate.of(2030, 7, 1), new BigDecimal("99"), null);
        past.record(admin, "emergency-repairs-on-time", LocalDate.of(2030, 10, 1), new BigDecimal("96"), null);
        open(null, "charter/performance");
        NativeTable table = _get(NativeTable.class, spec -> spec.withId("performance"));
        assertThat(table.getCaptionText()).isEqualTo("Our figures for the last four quarters");
        assertThat(text("measure-emergency-repairs-on-time"))
                .contains("at least 98%", "99%", "On target", "96%", "Close to target", "Worse than the quarter before")
                .contains("Not reported");
        openIn(Language.WELSH, null, "charter/performance");
        assertThat(text("measure-emergency-repairs-on-time")).contains("Ar y targed", "Yn agos at y targed");
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                .contains("sut wnaethon ni yn erbyn ein siarter", "Ein ffigurau ar gyfer y pedwar chwarter diwethaf");
    }
}
