package org.charterdesk.complaints.ombudsman;

import java.time.LocalDate;
import java.util.List;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The ombudsman's recommendations on a complaint, for a service's action plan; each links to its action. */
@Service
public class OmbudsmanRecommendations {

    private final CaseFileRepository cases;
    private final OmbudsmanReferralRepository referrals;
    private final RecommendationRepository recommendations;

    OmbudsmanRecommendations(
            CaseFileRepository cases, OmbudsmanReferralRepository referrals, RecommendationRepository recommendations) {
        this.cases = cases;
        this.referrals = referrals;
        this.recommendations = recommendations;
    }

    /** A recommendation not yet on a plan. */
    public record Open(long id, Long caseId, String reference, String what, String owner, LocalDate dueOn) {}

    /** The complaint's recommendations with no action yet; not found if the member may not see the complaint. */
    @Transactional(readOnly = true)
    public List<Open> withoutAction(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference)
                .filter(found -> member.maySeeService(found.serviceCode()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
        return referrals.findFirstByCaseIdOrderByIdDesc(c.getId()).stream()
                .flatMap(r -> recommendations.findByReferralIdOrderByIdAsc(r.getId()).stream())
                .filter(r -> r.getPlanActionId() == null && !r.complete())
                .map(r -> new Open(r.getId(), c.getId(), c.getReference(), r.getWhat(), r.getOwner(), r.getDueOn()))
                .toList();
    }

    /** Links the recommendation to the plan's action made from it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void linkAction(long recommendationId, Long actionId) {
        recommendations.findById(recommendationId).orElseThrow().linkedTo(actionId);
    }
}
