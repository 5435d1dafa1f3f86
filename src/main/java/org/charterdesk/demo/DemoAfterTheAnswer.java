package org.charterdesk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.ombudsman.DayBasis;
import org.charterdesk.complaints.ombudsman.DecisionInput;
import org.charterdesk.complaints.ombudsman.OmbudsmanDecision;
import org.charterdesk.complaints.ombudsman.OmbudsmanReferrals;
import org.charterdesk.complaints.ombudsman.OmbudsmanSteps;
import org.charterdesk.complaints.ombudsman.RecommendationInput;
import org.charterdesk.complaints.ombudsman.ReferralInput;
import org.charterdesk.complaints.ombudsman.RequestInput;
import org.charterdesk.complaints.restrictions.ContactRestrictions;
import org.charterdesk.complaints.restrictions.RestrictionInput;
import org.charterdesk.complaints.restrictions.RestrictionKind;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Component;

/**
 * After the council's answer: a closed housing complaint the ombudsman took up eight weeks ago (its request
 * answered, the submission signed off, a decision of "partly upheld" with one recommendation done and one still
 * open), and a waste customer whose contact is restricted.
 */
@Component
class DemoAfterTheAnswer {

    private final CaseFileRepository cases;
    private final OmbudsmanReferrals referrals;
    private final OmbudsmanSteps steps;
    private final TaskService tasks;
    private final ContactRestrictions restrictions;

    DemoAfterTheAnswer(
            CaseFileRepository cases,
            OmbudsmanReferrals referrals,
            OmbudsmanSteps steps,
            TaskService tasks,
            ContactRestrictions restrictions) {
        this.restrictions = restrictions;
        this.cases = cases;
        this.referrals = referrals;
        this.steps = steps;
        this.tasks = tasks;
    }

    void load(LocalDate today, StaffMember olivia, StaffMember harry, StaffMember max) {
        CaseFile c = cases.findAll().stream()
                .filter(found -> found.getKind() == CaseKind.COMPLAINT
                        && found.getStatus() == CaseStatus.CLOSED
                        && found.serviceCode().equals("housing"))
                .findFirst()
                .orElse(null);
        if (c == null) {
            return;
        }
        String ref = c.getReference();
        referrals.takenUp(ref, new ReferralInput("spso", "SPSO-202610-0117", today.minusWeeks(8)), olivia);
        referrals.requestReceived(
                ref,
                new RequestInput("The complaint file and a chronology", today.minusWeeks(8), 20, DayBasis.WORKING_DAYS),
                olivia);
        steps.answerRequest(step(ref, "AnswerOmbudsmanRequest"), "Sent the file and a chronology by email.", olivia);
        steps.submit(
                step(ref, "PrepareSubmission"),
                "We accept the repair took too long and have apologised; the rest of the complaint was not upheld.",
                olivia);
        steps.signOff(step(ref, "SignOffSubmission"), true, null, max);
        steps.recordDecision(
                step(ref, "RecordOmbudsmanDecision"),
                new DecisionInput(
                        OmbudsmanDecision.PARTLY_UPHELD,
                        today.minusWeeks(3),
                        "The council took too long to repair the boiler, and did not keep the customer informed.",
                        List.of(
                                new RecommendationInput(
                                        "Apologise to the customer in writing", "olivia", today.minusWeeks(1)),
                                new RecommendationInput(
                                        "Train the repairs team to confirm bookings the day before",
                                        "harry",
                                        today.plusWeeks(4)))),
                olivia);
        String olivias = tasks.createTaskQuery()
                .processInstanceBusinessKey(ref + "/ombudsman")
                .taskAssignee("olivia")
                .singleResult()
                .getId();
        steps.recommendationDone(olivias, "Letter of apology sent.", olivia);
        steps.approveRecommendation(step(ref, "ApproveRecommendation"), true, today.minusDays(5), null, max);
    }

    /** A waste customer whose contact Will restricted a month ago: through Wendy only, no new complaint on it. */
    void restriction(LocalDate today, StaffMember will) {
        cases.findAll().stream()
                .filter(found -> found.getKind() == CaseKind.COMPLAINT
                        && found.getStatus() == CaseStatus.CLOSED
                        && found.serviceCode().equals("waste"))
                .findFirst()
                .ifPresent(c -> restrictions.impose(
                        c.getReference(),
                        new RestrictionInput(
                                "Unreasonable persistence",
                                "Rang every day for three weeks about the same missed bin after it was decided.",
                                Set.of(RestrictionKind.ONE_CONTACT, RestrictionKind.NO_NEW_COMPLAINT),
                                "wendy",
                                null,
                                c.getReference(),
                                today,
                                today.plusMonths(3)),
                        will));
    }

    private String step(String reference, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(reference + "/ombudsman")
                .taskDefinitionKey(key)
                .singleResult()
                .getId();
    }
}
