package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.charterdesk.administration.CharterChanges;
import org.charterdesk.administration.StandardVersion;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.PublishedCharter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Charter standards changed on screen from a date: cases received before it keep their timescales, cases received
 * from it get the new ones, the published charter changes on the day, and every version is kept.
 */
class CharterStandardsIT extends ViewTestBase {

    /** Monday 4 March 2030: later than any other test's cases, so no other test meets the change. */
    private static final LocalDate MONDAY = LocalDate.of(2030, 3, 4);

    private static final String NEW_PROMISE = "We will give you our decision within 7 working days.";

    @Autowired
    CharterChanges changes;

    @Autowired
    Charter charter;

    @AfterEach
    void putTheCharterBack() {
        jdbc.update("delete from charter_standard where effective_from >= ?", MONDAY);
        jdbc.update("update charter_standard set replaced_on = null where replaced_on >= ?", MONDAY);
    }

    @Test
    void aChangeDatedTomorrowLeavesTodaysCasesOnTheOldTimescalesAndGivesTomorrowsTheNewOnes() {
        at(MONDAY);
        StandardVersion frontline = frontline();
        open(admin, "charter-standards");
        _click(_get(Button.class, spec -> spec.withId("change-standard-" + frontline.lineageId())));
        assertThat(_get(DatePicker.class, spec -> spec.withId("standard-from")).getValue())
                .isEqualTo(MONDAY.plusDays(1));
        assertThat(text("standard-effect"))
                .startsWith("Cases received before Tuesday 5 March 2030 keep the timescales they were given.");
        _get(IntegerField.class, spec -> spec.withId("standard-amount")).setValue(7);
        _get(TextArea.class, spec -> spec.withId("standard-promise")).setValue(NEW_PROMISE);
        _click(_get(Button.class, spec -> spec.withId("save-standard")));
        assertThat(text("charter-standards")).contains("Frontline response (from Tuesday 5 March 2030)", NEW_PROMISE);

        String today = phoneComplaint("roads", null).getReference();
        assertThat(reload(today).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                .isEqualTo(5);
        assertThat(deadline(today, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2030, 3, 11));
        assertThat(publishedFrontline()).doesNotContain(NEW_PROMISE);

        at(MONDAY.plusDays(1));
        String tomorrow = phoneComplaint("roads", null).getReference();
        assertThat(reload(tomorrow).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                .isEqualTo(7);
        assertThat(deadline(tomorrow, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2030, 3, 14));
        assertThat(reload(today).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                .isEqualTo(5);
        assertThat(publishedFrontline()).contains(NEW_PROMISE);
        assertThat(changes.history(frontline.lineageId(), admin))
                .extracting(StandardVersion::effectiveFrom)
                .containsExactly(MONDAY.plusDays(1), null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what like ?",
                        Integer.class,
                        "Changed the charter standard 'Frontline response' from Tuesday 5 March 2030: 5 working days to"
                                + " 7 working days;%"))
                .isPositive();
    }

    @Test
    void aChangeThatWouldBreakTheCharterIsRefusedAndExplained() {
        at(MONDAY);
        StandardVersion frontline = frontline();
        LocalDate tomorrow = MONDAY.plusDays(1);
        assertThatThrownBy(() -> changes.change(
                        frontline.id(),
                        new CharterChanges.Change("Frontline response", NEW_PROMISE, 0, tomorrow),
                        admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A timescale must be at least 1 working day");
        assertThatThrownBy(() -> changes.change(
                        frontline.id(),
                        new CharterChanges.Change("Frontline response", NEW_PROMISE, 7, MONDAY.minusDays(1)),
                        admin))
                .hasMessageContaining("Choose the day the change starts: today or later");

        changes.change(
                frontline.id(), new CharterChanges.Change("Frontline response", NEW_PROMISE, 7, tomorrow), admin);
        assertThatThrownBy(() -> changes.change(
                        frontline.id(),
                        new CharterChanges.Change("Frontline response", "Within 6 days.", 6, tomorrow.plusDays(1)),
                        admin))
                .as("a second administrator who opened the same version is told")
                .hasMessageContaining("Someone else changed this standard since you opened it");

        assertRefused(max, "charter-standards", CharterStandardsView.class);
        assertThatThrownBy(() -> changes.latest(max)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCharterGoesOutAsTheShippedYamlAndComesBackAsChangesFromADate() {
        at(MONDAY);
        String yaml = changes.export(MONDAY, admin);
        assertThat(yaml)
                .contains("- name: \"Frontline response\"", "step: \"stage-1-response\"", "working-days: 5")
                .contains("24 hours");
        assertThat(changes.importPreview(yaml, admin))
                .as("the file as exported changes nothing")
                .isEmpty();

        open(admin, "charter-standards");
        TextArea file = _get(TextArea.class, spec -> spec.withId("import-charter-file"));
        file.setValue("services: [");
        _click(_get(Button.class, spec -> spec.withId("check-charter-file")));
        assertThat(file.getErrorMessage()).startsWith("This is not a charter file");
        file.setValue(yaml.replace("service: \"roads\"", "service: \"ferries\""));
        _click(_get(Button.class, spec -> spec.withId("import-charter")));
        assertThat(file.getErrorMessage()).contains("names the service 'ferries', which Charterdesk does not have");
        assertThat(jdbc.queryForObject(
                        "select count(*) from charter_standard where effective_from >= ?", Integer.class, MONDAY))
                .as("nothing half-imported")
                .isZero();

        file.setValue(yaml.replace("within 24 hours", "within 12 hours"));
        _click(_get(Button.class, spec -> spec.withId("check-charter-file")));
        assertThat(text("import-charter-changes")).isEqualTo("Changes 'Dangerous potholes' (roads)");
        _click(_get(Button.class, spec -> spec.withId("import-charter")));
        assertThat(charter.publishedStandards()).anyMatch(s -> s.getPromise().contains("within 24 hours"));
        at(MONDAY.plusDays(1));
        assertThat(charter.publishedStandards())
                .anyMatch(s -> s.getPromise().contains("within 12 hours"))
                .noneMatch(s -> s.getPromise().contains("within 24 hours"));
    }

    @Test
    void anAdministratorAddsAServicePromiseAndAServicesOwnTimescaleFromTomorrow() {
        at(MONDAY);
        open(admin, "charter-standards");
        @SuppressWarnings("unchecked")
        ComboBox<ServiceRef> service = _get(ComboBox.class, spec -> spec.withId("new-standard-service"));
        service.setValue(service.getListDataView()
                .getItems()
                .filter(s -> s.code().equals("roads"))
                .findFirst()
                .orElseThrow());
        _get(TextField.class, spec -> spec.withId("new-standard-name")).setValue("Winter gritting");
        _click(_get(Button.class, spec -> spec.withId("add-standard")));
        assertThat(_get(TextArea.class, spec -> spec.withId("new-standard-promise"))
                        .getErrorMessage())
                .isEqualTo("Write the promise as the public will read it");
        _get(TextArea.class, spec -> spec.withId("new-standard-promise"))
                .setValue("We will grit main roads before 7am when frost is forecast.");
        _click(_get(Button.class, spec -> spec.withId("add-standard")));
        assertThat(text("charter-standards")).contains("Winter gritting (from Tuesday 5 March 2030)");

        changes.add(
                "roads",
                "Roads frontline response",
                "Roads answers within 3 working days.",
                ProcedureStep.STAGE_1_RESPONSE,
                3,
                MONDAY.plusDays(1),
                admin);
        assertThatThrownBy(() -> changes.add(
                        "roads",
                        "Roads acknowledgement",
                        "Soon.",
                        ProcedureStep.STAGE_2_ACKNOWLEDGEMENT,
                        0,
                        MONDAY.plusDays(1),
                        admin))
                .hasMessageContaining("needs a timescale of at least 1");
        assertThat(publishedFrontline()).doesNotContain("Winter gritting");
        String today = phoneComplaint("roads", null).getReference();
        at(MONDAY.plusDays(1));
        assertThat(charter.publishedStandards()).anyMatch(s -> s.getName().equals("Winter gritting"));
        String tomorrow = phoneComplaint("roads", null).getReference();
        assertThat(reload(tomorrow).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                .isEqualTo(3);
        assertThat(reload(today).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                .isEqualTo(5);
        assertThat(phoneComplaint("housing", null).getTimescales().amount(ProcedureStep.STAGE_1_RESPONSE))
                .as("other services keep the council's timescale")
                .isEqualTo(5);
    }

    private StandardVersion frontline() {
        return changes.latest(admin).stream()
                .filter(s ->
                        s.name().equals("Frontline response") && s.service().equals("Whole council"))
                .findFirst()
                .orElseThrow();
    }

    private String publishedFrontline() {
        return charter.published().services().stream()
                        .filter(s -> s.service().code().equals("roads"))
                        .findFirst()
                        .map(PublishedCharter.ServicePromises::toString)
                        .orElseThrow()
                + charter.publishedStandards().stream().map(s -> s.getPromise()).toList();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
