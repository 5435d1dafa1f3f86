package org.charterdesk.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CasePages;
import org.charterdesk.reporting.CommitteePack;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.workspace.admin.AuditView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;

/** The audit log on PostgreSQL: what is recorded, that nobody can change it, and that it keeps entries as long as set. */
class AuditIT extends ViewTestBase {

    @Autowired
    AuditSearch search;

    @Autowired
    AuditRetention retention;

    @Autowired
    CasePages casePages;

    @Autowired
    CommitteePack committeePack;

    private List<AuditEntry> entriesOf(String reference) {
        return search.find(admin, new AuditSearch.Filter(reference, null, null, null, null), 0, 100);
    }

    @Test
    void viewsChangesAndExportsAreRecordedWithWhoDidThem() {
        CaseFile complaint = phoneComplaint("housing", at(LocalDate.of(2026, 11, 2)));
        casePages.of(complaint.getReference(), olivia);
        committeePack.committeeCsv(max, ReportPeriod.quarterOf(LocalDate.of(2026, 11, 2)));

        List<AuditEntry> entries = entriesOf(complaint.getReference());
        assertThat(entries)
                .anyMatch(e -> e.action() == AuditAction.CHANGED && e.actor().equals("fran"))
                .anyMatch(e -> e.action() == AuditAction.VIEWED
                        && e.actor().equals("olivia")
                        && e.what().equals("Case page"));
        assertThat(entries)
                .noneMatch(e -> e.what().contains("Pat Jones") || e.what().contains("pat.jones"));
        assertThat(search.find(admin, new AuditSearch.Filter(null, "max", AuditAction.EXPORTED, null, null), 0, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.what()).startsWith("Committee pack (CSV) for"));
    }

    @Test
    void aCaseThatCannotBeSeenLeavesNoViewEntry() {
        CaseFile complaint = phoneComplaint("housing", at(LocalDate.of(2026, 11, 2)));
        assertThatThrownBy(() -> casePages.of(complaint.getReference(), wendy)).isInstanceOf(RuntimeException.class);
        assertThat(entriesOf(complaint.getReference())).noneMatch(e -> e.action() == AuditAction.VIEWED);
    }

    @Test
    void nobodyCanChangeOrRemoveAnEntryBeforeItsTime() {
        CaseFile complaint = phoneComplaint("housing", at(LocalDate.of(2026, 11, 2)));
        String reference = complaint.getReference();
        assertThatThrownBy(() ->
                        jdbc.update("update audit_entry set actor = 'someone' where case_reference = ?", reference))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("The audit log cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where case_reference = ?", reference))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("keeps entry");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be emptied");
        assertThat(entriesOf(reference)).isNotEmpty().allMatch(e -> !e.actor().equals("someone"));
    }

    @Test
    void theNightlyPurgeRemovesOnlyEntriesOlderThanTheKeepingPeriod() {
        OffsetDateTime eightYearsAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(8);
        OffsetDateTime sixYearsAgo = OffsetDateTime.now(ZoneOffset.UTC).minusYears(6);
        jdbc.update(
                "insert into audit_entry (occurred_at, actor, action, case_reference, what)"
                        + " values (?, 'olivia', 'VIEWED', 'OLD-1', 'Case page'), (?, 'olivia', 'VIEWED', 'OLD-2', 'Case page')",
                eightYearsAgo,
                sixYearsAgo);
        at(LocalDate.now(LONDON));

        retention.purge();

        assertThat(entriesOf("OLD-1")).isEmpty();
        assertThat(entriesOf("OLD-2")).hasSize(1);
        assertThat(jdbc.queryForObject("select keep_days from audit_policy where id = 1", Integer.class))
                .isBetween(2555, 2557);
    }

    @Test
    void changingTheKeepingPeriodInTheDatabaseIsItselfRecorded() {
        Integer keep = jdbc.queryForObject("select keep_days from audit_policy where id = 1", Integer.class);
        try {
            jdbc.update("update audit_policy set keep_days = 10 where id = 1");
            assertThat(search.find(admin, new AuditSearch.Filter(null, null, AuditAction.POLICY, null, null), 0, 1))
                    .singleElement()
                    .satisfies(e -> assertThat(e.what()).endsWith("from " + keep + " to 10 days"));
        } finally {
            jdbc.update("update audit_policy set keep_days = ? where id = 1", keep);
        }
    }

    @Test
    void onlyAdministratorsReadTheLogAndTheyFindACaseOnScreen() {
        CaseFile complaint = phoneComplaint("housing", at(LocalDate.of(2026, 11, 2)));
        casePages.of(complaint.getReference(), olivia);
        assertThatThrownBy(() -> search.count(max, AuditSearch.Filter.none()))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(max, "audit", AuditView.class);

        open(admin, "audit");
        _setValue(_get(TextField.class, spec -> spec.withId("audit-case")), complaint.getReference());
        _click(_get(Button.class, spec -> spec.withId("audit-find")));
        @SuppressWarnings("unchecked")
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-entries"));
        assertThat(GridKt._size(grid))
                .isEqualTo(entriesOf(complaint.getReference()).size());
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("olivia", "Viewed", complaint.getReference(), "Case page");
    }

    @Test
    void anAdministratorExportsWhatTheFilterFindsAsCsvAndTheExportIsRecorded() {
        CaseFile complaint = phoneComplaint("housing", at(LocalDate.of(2026, 11, 2)));
        casePages.of(complaint.getReference(), olivia);
        AuditSearch.Filter filter = new AuditSearch.Filter(complaint.getReference(), null, null, null, null);
        int found = search.count(admin, filter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        search.writeCsv(admin, filter, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("When (UTC),Who,Done,Case,What");
        assertThat(lines).hasSize(found + 1);
        assertThat(lines.get(1)).contains(",olivia,Viewed," + complaint.getReference() + ",Case page");
        assertThat(search.find(admin, new AuditSearch.Filter(null, "admin", AuditAction.EXPORTED, null, null), 0, 1))
                .first()
                .extracting(AuditEntry::what)
                .isEqualTo("Exported the audit log as CSV (case " + complaint.getReference() + ")");
        assertThatThrownBy(() -> search.writeCsv(max, filter, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        open(admin, "audit");
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-csv")).getText())
                .isEqualTo("Download these entries (CSV)");
    }
}
