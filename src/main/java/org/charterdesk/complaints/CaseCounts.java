package org.charterdesk.complaints;

import java.util.HashSet;
import java.util.Set;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How many open complaints a member of staff's services have, and how many are at risk or overdue. */
@Service
public class CaseCounts {

    private static final Set<CaseStatus> OPEN = CaseStatus.open();

    private final CaseFileRepository cases;

    CaseCounts(CaseFileRepository cases) {
        this.cases = cases;
    }

    public record Counts(long open, long atRisk, long overdue) {}

    @Transactional(readOnly = true)
    public Counts openComplaints(StaffMember member) {
        CaseKind complaint = CaseKind.COMPLAINT;
        if (member.seesAllServices() || member.corporateLead()) {
            return new Counts(
                    cases.countByKindAndStatusIn(complaint, OPEN),
                    cases.countByKindAndCharterFlagAndStatusIn(complaint, CharterFlag.AT_RISK, OPEN),
                    cases.countByKindAndCharterFlagAndStatusIn(complaint, CharterFlag.OVERDUE, OPEN));
        }
        Set<String> services = new HashSet<>(member.officerOf());
        services.addAll(member.managerOf());
        if (services.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        return new Counts(
                cases.countByKindAndStatusInAndServiceCodeIn(complaint, OPEN, services),
                cases.countByKindAndCharterFlagAndStatusInAndServiceCodeIn(
                        complaint, CharterFlag.AT_RISK, OPEN, services),
                cases.countByKindAndCharterFlagAndStatusInAndServiceCodeIn(
                        complaint, CharterFlag.OVERDUE, OPEN, services));
    }
}
