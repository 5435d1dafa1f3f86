package org.charterdesk.workspace.publicsite;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterdesk.charter.ProcedureProfile;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.Timescales;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every number the published charter shows for a service is the one its procedure works to: the working days of
 * each step and of its extension, and the months to ask for stage 2, for a complaint received today.
 */
class CharterPromisesIT extends ViewTestBase {

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d+) working days?");
    private static final Pattern MONTHS = Pattern.compile("within (\\d+) months");

    @Autowired
    Deadlines deadlines;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theScottishModelsNumbersAreTheProceduresNumbers() {
        assertTheCharterKeepsItsPromisesFor("housing", ProcedureProfile.SPSO);
    }

    @Test
    void eachProfileSaysWhetherItsClockStopsForTheCustomer() {
        assertThat(phoneComplaint("housing", null).getTimescales().clockStopsWhileWaiting())
                .isTrue();
        assertThat(phoneComplaint(CODE_SERVICE, null).getTimescales().clockStopsWhileWaiting())
                .isFalse();
    }

    @Test
    void theComplaintHandlingCodesNumbersAreTheProceduresNumbers() {
        assertTheCharterKeepsItsPromisesFor(CODE_SERVICE, ProcedureProfile.COMPLAINT_HANDLING_CODE);
    }

    private void assertTheCharterKeepsItsPromisesFor(String service, ProcedureProfile profile) {
        CaseFile c = phoneComplaint(service, null);
        Timescales t = c.getTimescales();
        assertThat(t.profile()).isEqualTo(profile);
        List<Integer> procedure = new ArrayList<>();
        if (profile == ProcedureProfile.COMPLAINT_HANDLING_CODE) {
            procedure.add(deadline(c.getReference(), DeadlineKind.STAGE_1_ACKNOWLEDGEMENT)
                    .getWorkingDays());
        } else {
            procedure.add(
                    deadline(c.getReference(), DeadlineKind.STAGE_1_RESPONSE).getWorkingDays());
        }
        if (profile == ProcedureProfile.COMPLAINT_HANDLING_CODE) {
            procedure.add(t.amount(ProcedureStep.STAGE_1_RESPONSE));
        }
        procedure.add(allowance(c, DeadlineKind.STAGE_1_RESPONSE));
        procedure.add(t.amount(ProcedureStep.STAGE_2_ACKNOWLEDGEMENT));
        procedure.add(t.amount(ProcedureStep.STAGE_2_RESPONSE));
        procedure.add(allowance(c, DeadlineKind.STAGE_2_RESPONSE));
        procedure.add(t.informationReplyDays());

        open(null, "charter");
        String shown = _get(UnorderedList.class, spec -> spec.withId("timescales-" + service))
                .getElement()
                .getTextRecursively();
        assertThat(numbers(WORKING_DAYS, shown)).as(shown).isEqualTo(procedure);
        assertThat(numbers(MONTHS, shown)).containsExactly(t.escalationWindowMonths());
        assertThat(shown)
                .contains(
                        t.clockStopsWhileWaiting()
                                ? "While we wait for your reply our clock stops"
                                : "Our clock keeps running while we wait for your reply");
    }

    /** The working days of extension the procedure would still allow on the case. */
    private int allowance(CaseFile c, DeadlineKind kind) {
        return new TransactionTemplate(transactions)
                .execute(status -> deadlines.extensionAllowance(reload(c.getReference()), kind));
    }

    private static List<Integer> numbers(Pattern pattern, String text) {
        List<Integer> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }
}
