package org.charterdesk.complaints;

import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a complaint taught the service: the learning its latest decision recorded, for a plan's action. */
@Service
public class ComplaintLearning {

    private final CaseFileRepository cases;
    private final StageDecisionRepository decisions;

    ComplaintLearning(CaseFileRepository cases, StageDecisionRepository decisions) {
        this.cases = cases;
        this.decisions = decisions;
    }

    /** The complaint's learning, in its own words, with the case it came from. */
    public record Learning(Long caseId, String reference, String text) {}

    /** The learning of a complaint the member may see; not found if they may not, a conflict if it has none. */
    @Transactional(readOnly = true)
    public Learning of(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference)
                .filter(found -> member.maySeeService(found.serviceCode()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
        String learning = decisions.findByCaseIdOrderByStage(c.getId()).stream()
                .map(StageDecision::getLearning)
                .filter(l -> l != null && !l.isBlank())
                .reduce((first, second) -> second)
                .orElseThrow(
                        () -> new ProcedureConflictException("Complaint " + reference + " has no learning recorded"));
        return new Learning(c.getId(), c.getReference(), learning);
    }
}
