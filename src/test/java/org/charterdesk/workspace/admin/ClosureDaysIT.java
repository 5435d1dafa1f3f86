package org.charterdesk.workspace.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.complaints.CaseAccessDeniedException;
import org.charterdesk.complaints.ClosureDayMoves;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.testsupport.ViewTestBase;
import org.charterdesk.validation.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Closure days on screen: an administrator adds one, is told how many open cases' deadlines it falls inside, and
 * chooses whether they move; a moved deadline takes its step's due date and its warnings' timers with it.
 */
class ClosureDaysIT extends ViewTestBase {

    /** Monday 5 March 2029: no bank holiday near, and no other test's cases. */
    private static final LocalDate MONDAY = LocalDate.of(2029, 3, 5);

    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Autowired
    ClosureDays closureDays;

    @Autowired
    ClosureDayMoves moves;

    /** Each test counts the open cases of its own week: earlier tests' (and earlier runs') deadlines are closed. */
    @BeforeEach
    void closeEarlierDeadlinesOfTheWeek() {
        jdbc.update("update case_deadline set status = 'WITHDRAWN' where due_on >= ?", MONDAY.minusMonths(1));
    }

    @AfterEach
    void removeClosureDays() {
        removeClosureDaysOf(closureDays, MONDAY.getYear());
    }

    /** Takes a test's closure days out of the shared database, so that no other test's deadlines skip them. */
    static void removeClosureDaysOf(ClosureDays closureDays, int year) {
        closureDays.list().stream()
                .filter(d -> d.getClosedOn().getYear() == year)
                .forEach(d -> closureDays.remove(d.getClosedOn()));
    }

    @Test
    void anAdministratorAddsAClosureDayAndMovesTheDeadlinesItFallsInside() {
        at(MONDAY);
        String ref = phoneComplaint("housing", null).getReference();
        CaseDeadline before = deadline(ref, DeadlineKind.STAGE_1_RESPONSE);
        assertThat(before.getDueOn()).isEqualTo(LocalDate.of(2029, 3, 12));
        assertThat(timerDates(ref)).contains(breach(LocalDate.of(2029, 3, 12)));

        open(admin, "closure-days");
        _get(DatePicker.class, spec -> spec.withId("closure-day")).setValue(WEDNESDAY);
        _get(TextField.class, spec -> spec.withId("closure-description")).setValue("Staff training day");
        _click(_get(Button.class, spec -> spec.withId("check-closure-day")));
        assertThat(text("closure-impact-words"))
                .isEqualTo("1 open case has a deadline that this day falls inside. If you move them, each of those"
                        + " deadlines moves one working day later.");
        assertThat(closureDays.isClosed(WEDNESDAY)).isFalse();
        _click(_get(Button.class, spec -> spec.withId("add-and-move")));

        assertThat(text("closure-days")).contains("Wednesday 7 March 2029: Closure day: Staff training day");
        CaseDeadline moved = deadline(ref, DeadlineKind.STAGE_1_RESPONSE);
        assertThat(moved.getDueOn()).isEqualTo(LocalDate.of(2029, 3, 13));
        assertThat(moved.getClosureDays()).isEqualTo(1);
        assertThat(moved.getOriginalDueOn()).isEqualTo(LocalDate.of(2029, 3, 12));
        assertThat(timelineText(ref))
                .contains("Stage 1 response moved from Monday 12 March 2029 to Tuesday 13 March 2029 because the"
                        + " council is closed on Wednesday 7 March 2029 (Staff training day)");
        assertThat(timerDates(ref))
                .contains(breach(LocalDate.of(2029, 3, 13)))
                .doesNotContain(breach(LocalDate.of(2029, 3, 12)));
        String step = taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE);
        assertThat(taskService.createTaskQuery().taskId(step).singleResult().getDueDate())
                .isEqualTo(Date.from(london(LocalDate.of(2029, 3, 13), LocalTime.of(23, 59))));
        assertThat(jdbc.queryForObject("select due_on from task_list_entry where task_id = ?", LocalDate.class, step))
                .isEqualTo(LocalDate.of(2029, 3, 13));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where actor = 'admin' and what like ?",
                        Integer.class,
                        "Closure day added: Wednesday 7 March 2029 (Staff training day); deadlines of 1 open cases%"))
                .isEqualTo(1);

        at(LocalDate.of(2029, 3, 13), LocalTime.of(9, 0));
        runDueJobs(ref);
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getBreachedAt())
                .as("the old due date has passed, but the deadline is now a day later")
                .isNull();
        at(LocalDate.of(2029, 3, 14), LocalTime.of(9, 0));
        runDueJobs(ref);
        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getBreachedAt()).isNotNull();
    }

    @Test
    void deadlinesStayWhereTheyAreUnlessTheAdministratorSaysToMoveThem() {
        at(MONDAY);
        String ref = phoneComplaint("housing", null).getReference();
        assertThat(moves.impactOf(WEDNESDAY, admin).cases()).isEqualTo(1);

        moves.add(WEDNESDAY, "Election count", false, admin);

        assertThat(deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getDueOn()).isEqualTo(LocalDate.of(2029, 3, 12));
        assertThat(timerDates(ref)).contains(breach(LocalDate.of(2029, 3, 12)));
        String later = phoneComplaint("housing", null).getReference();
        assertThat(deadline(later, DeadlineKind.STAGE_1_RESPONSE).getDueOn())
                .as("a case received now skips the closure day")
                .isEqualTo(LocalDate.of(2029, 3, 13));
        assertThat(moves.impactOf(WEDNESDAY, admin).words())
                .isEqualTo("Wednesday 7 March 2029 is not a working day already, so no deadline changes.");
    }

    @Test
    void onlyAdministratorsChangeClosureDaysAndBadInputIsRefusedWithNothingSaved() {
        at(MONDAY);
        assertRefused(max, "closure-days", ClosureDaysView.class);
        assertThatThrownBy(() -> moves.add(WEDNESDAY, "Staff day", true, max))
                .isInstanceOf(CaseAccessDeniedException.class);
        assertThatThrownBy(() -> moves.add(MONDAY.minusDays(1), "Staff day", true, admin))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A closure day must be today or later");

        open(admin, "closure-days");
        _get(DatePicker.class, spec -> spec.withId("closure-day")).setValue(WEDNESDAY);
        _click(_get(Button.class, spec -> spec.withId("check-closure-day")));
        _click(_get(Button.class, spec -> spec.withId("add-closure-day")));
        assertThat(_get(TextField.class, spec -> spec.withId("closure-description"))
                        .getErrorMessage())
                .isEqualTo("Say why the council is closed, for example 'Staff day'");
        assertThat(closureDays.isClosed(WEDNESDAY)).isFalse();
        assertThat(text("closure-days")).contains("Friday 30 March 2029: Bank holiday");

        moves.add(WEDNESDAY, "Staff day", false, admin);
        open(admin, "closure-days");
        _click(_get(Button.class, spec -> spec.withId("remove-closure-" + WEDNESDAY)));
        assertThat(closureDays.isClosed(WEDNESDAY)).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("remove-closure-" + WEDNESDAY)))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where what = ?",
                        Integer.class,
                        "Closure day removed: Wednesday 7 March 2029 (Staff day)"))
                .isPositive();
    }

    private String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private List<Date> timerDates(String ref) {
        return management.createJobQuery().processInstanceId(instance(ref).getId()).timers().list().stream()
                .map(Job::getDuedate)
                .toList();
    }

    private static Date breach(LocalDate dueOn) {
        return Date.from(london(dueOn.plusDays(1), LocalTime.MIDNIGHT));
    }
}
