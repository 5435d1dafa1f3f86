package org.charterdesk.complaints;

import java.util.Optional;
import org.charterdesk.complaints.process.ComplaintProcessInstances;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint withdrawn by its customer, on the tracking page or as staff record it from a call or a letter. The
 * procedure then ends wherever it was: open steps and timers go, open deadlines are withdrawn, the customer is
 * written to, and reports count it as withdrawn rather than closed with an outcome.
 */
@Service
public class Withdrawals {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final ComplaintProcessInstances processes;
    private final InputRules rules;

    Withdrawals(CaseFileRepository cases, CaseAccess access, ComplaintProcessInstances processes, InputRules rules) {
        this.cases = cases;
        this.access = access;
        this.processes = processes;
        this.rules = rules;
    }

    /** Staff record a withdrawal the customer gave by phone or letter; the reason is required. */
    @Transactional
    public void recordedByStaff(String reference, WithdrawalInput input, StaffMember member) {
        rules.check(input)
                .rule(input == null || input.missingReason(), "reason", "Say why the customer is withdrawing it")
                .orThrow();
        CaseFile c = lock(reference);
        access.checkMaySee(member, c);
        withdraw(c, member.username(), input.reason().strip());
    }

    /** The customer withdraws their own complaint, having proved it is theirs (see {@link CaseTracking}). */
    @Transactional
    void byProvenCustomer(String reference, WithdrawalInput input) {
        rules.check(input).orThrow();
        withdraw(lock(reference), CaseEvent.CUSTOMER, input == null ? null : input.reason());
    }

    /** Why the case cannot be withdrawn now, if it cannot. */
    public Optional<String> whyNot(CaseFile c) {
        if (c.getKind() != CaseKind.COMPLAINT) {
            return Optional.of("Only a complaint can be withdrawn");
        }
        if (c.getStatus().finished()) {
            return Optional.of("This complaint is already closed");
        }
        return Optional.empty();
    }

    private void withdraw(CaseFile c, String by, String reason) {
        whyNot(c).ifPresent(why -> {
            throw new ProcedureConflictException(why);
        });
        processes.withdrawn(c.getReference(), by, reason == null || reason.isBlank() ? null : reason.strip());
    }

    private CaseFile lock(String reference) {
        return cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
    }
}
