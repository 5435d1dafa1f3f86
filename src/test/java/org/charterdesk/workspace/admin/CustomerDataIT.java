package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditSearch;
import org.charterdesk.complaints.CaseAnonymisation;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseRetention;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.SubjectAccess;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.Figure;
import org.charterdesk.reporting.Report;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Retention, subject access and erasure on PostgreSQL, through the services and the administrators' screens. */
class CustomerDataIT extends ViewTestBase {

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    CaseRetention retention;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    ComplaintFigures figures;

    @Autowired
    AuditSearch audit;

    private String closedComplaint(LocalDate received, String name, String email) {
        at(received);
        CaseFile file = intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        "housing",
                        customer(name, email),
                        "Nobody came to fix the boiler at 4 Elm Row.",
                        "A working boiler.",
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(fran));
        at(received.plusDays(2));
        frontline.respond(
                taskId(file.getReference(), ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.UPHELD, "We are sorry, " + name + ".", "We apologise.", null, "Book visits"),
                olivia);
        assertThat(reload(file.getReference()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        return file.getReference();
    }

    private List<String> auditOf(String reference, AuditAction action) {
        return audit.find(admin, new AuditSearch.Filter(reference, null, action, null, null), 0, 10).stream()
                .map(e -> e.what())
                .toList();
    }

    @Test
    void afterSixYearsTheCustomersDataGoesAndTheFiguresStay() {
        String old = closedComplaint(LocalDate.of(2020, 3, 2), "Ada Oldcase", "ada.oldcase@example.com");
        String recent = closedComplaint(LocalDate.of(2021, 3, 1), "Ben Recent", "ben.recent@example.com");
        ReportPeriod march2020 = new ReportPeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
        Report before = figures.report(admin, march2020, "housing");
        List<List<String>> casesBefore =
                before.figures().stream().map(Figure::cases).toList();
        at(LocalDate.of(2026, 3, 10));
        assertThat(retention.dueBy(max, LocalDate.of(2026, 4, 10)))
                .noneMatch(due -> due.reference().equals(recent))
                .filteredOn(due -> due.reference().equals(old))
                .singleElement()
                .satisfies(due -> assertThat(due.dueOn()).isEqualTo(LocalDate.of(2026, 3, 5)));
        assertThat(retention.anonymiseDue()).isGreaterThanOrEqualTo(1);

        CaseFile gone = reload(old);
        assertThat(gone.getCustomer().getName()).isEqualTo(CaseAnonymisation.REMOVED);
        assertThat(gone.getCustomer().getEmail()).isNull();
        assertThat(gone.getWhatHappened()).isEqualTo(CaseAnonymisation.REMOVED);
        assertThat(jdbc.queryForList(
                        "select coalesce(body_text, '') || coalesce(subject, '') || coalesce(email_to, '') from"
                                + " notification n join case_file c on c.id = n.case_id where c.reference = ?",
                        String.class,
                        old))
                .isNotEmpty()
                .noneMatch(text -> text.contains("Ada") || text.contains("oldcase"));
        assertThat(timelineText(old)).allMatch(CaseAnonymisation.REMOVED::equals);
        assertThat(reload(recent).getCustomer().getName()).isEqualTo("Ben Recent");
        Report after = figures.report(admin, march2020, "housing");
        assertThat(after).isEqualTo(before);
        assertThat(after.figures().stream().map(Figure::cases).toList()).isEqualTo(casesBefore);
        assertThat(auditOf(old, AuditAction.ANONYMISED))
                .singleElement()
                .satisfies(what -> assertThat(what).startsWith("Retention period over: complaints are kept P6Y"));
    }

    @Test
    void anAdministratorDownloadsEverythingHeldAboutACustomer() throws IOException {
        String reference = closedComplaint(LocalDate.of(2026, 10, 5), "Cal Copy", "cal.copy@example.com");
        assertThatThrownBy(() -> subjectAccess.casesOf(max, "cal.copy@example.com"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        Map<String, byte[]> files = unzip(subjectAccess.export(admin, " Cal.Copy@example.com "));

        assertThat(files).containsKey("summary.pdf");
        assertThat(new String(files.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(files.keySet()).anyMatch(name -> name.startsWith("letters/" + reference + "-"));
        assertThat(files.entrySet())
                .filteredOn(file -> file.getKey().startsWith("letters/"))
                .anyMatch(file ->
                        new String(file.getValue(), StandardCharsets.UTF_8).contains("We are sorry, Cal Copy."));
        assertThat(auditOf(reference, AuditAction.EXPORTED))
                .containsExactly("Subject access: everything held about the customer");
    }

    @Test
    void erasureNeedsAReasonWaitsForOpenCasesAndIsRecorded() {
        String closed = closedComplaint(LocalDate.of(2026, 10, 5), "Dee Erase", "dee.erase@example.com");
        at(LocalDate.of(2026, 10, 12));
        String open = phoneComplaintFor("Dee Erase", "dee.erase@example.com");

        open(admin, "subject-access");
        _setValue(_get(EmailField.class, spec -> spec.withId("subject-email")), "dee.erase@example.com");
        _click(_get(Button.class, spec -> spec.withId("subject-find")));
        @SuppressWarnings("unchecked")
        Grid<SubjectAccess.HeldCase> grid = _get(Grid.class, spec -> spec.withId("subject-cases"));
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withId("subject-erase")));
        assertThat(_get(TextArea.class, spec -> spec.withId("erase-reason")).getErrorMessage())
                .isEqualTo("Say why the customer's data is being erased");
        _setValue(_get(TextArea.class, spec -> spec.withId("erase-reason")), "Asked by letter of 1 November");
        _click(_get(Button.class, spec -> spec.withId("subject-erase")));
        assertThat(_get(EmailField.class, spec -> spec.withId("subject-email")).getErrorMessage())
                .isEqualTo("Still open, so kept until closed: " + open);
        assertThat(reload(closed).getCustomer().getName()).isEqualTo("Dee Erase");

        frontline.respond(
                taskId(open, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "The boiler works now.", null, null, null),
                olivia);
        assertThat(subjectAccess.erase(admin, "dee.erase@example.com", "Asked by letter of 1 November"))
                .isEqualTo(2);
        assertThat(reload(closed).getCustomer().getName()).isEqualTo(CaseAnonymisation.REMOVED);
        assertThat(reload(open).getCustomer().getName()).isEqualTo(CaseAnonymisation.REMOVED);
        assertThat(auditOf(closed, AuditAction.ERASED))
                .containsExactly("Erased on the customer's request: Asked by letter of 1 November");
        assertThatThrownBy(() -> subjectAccess.erase(admin, "dee.erase@example.com", "Again"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void managersSeeWhatIsDueNextMonthForTheirServicesOnly() {
        String due = closedComplaint(LocalDate.of(2020, 11, 16), "Eve Due", "eve.due@example.com");
        at(LocalDate.of(2026, 11, 2));
        open(max, "retention");
        @SuppressWarnings("unchecked")
        Grid<CaseRetention.DueCase> grid = _get(Grid.class, spec -> spec.withId("retention-due"));
        assertThat(GridKt._findAll(grid))
                .extracting(CaseRetention.DueCase::reference)
                .contains(due);
        assertThat(retention.dueBy(staff("wilma", "Wilma", "Waste", "waste-managers"), LocalDate.of(2026, 12, 2)))
                .extracting(CaseRetention.DueCase::reference)
                .doesNotContain(due);
        assertRefused(olivia, "retention", RetentionView.class);
    }

    private String phoneComplaintFor(String name, String email) {
        return intake.receive(
                        new NewCase(
                                CaseKind.COMPLAINT,
                                Channel.PHONE,
                                "housing",
                                customer(name, email),
                                "Still no boiler.",
                                null,
                                null,
                                new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                        Optional.of(fran))
                .getReference();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
