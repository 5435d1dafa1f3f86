package org.charterdesk.actionplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments against the Customer Service Excellence standard: a service's staff rate every element, with
 * evidence; a completed assessment is kept, its gaps feed the action plan, and later reviews compare with it.
 */
@Service
public class SelfAssessments {

    private final SelfAssessmentRepository assessments;
    private final AssessmentRatingRepository ratings;
    private final CseStandard standard;
    private final InputRules rules;
    private final Clock clock;
    private final CalendarProperties calendar;
    private final Charter charter;

    SelfAssessments(
            SelfAssessmentRepository assessments,
            AssessmentRatingRepository ratings,
            CseStandard standard,
            InputRules rules,
            Clock clock,
            CalendarProperties calendar,
            Charter charter) {
        this.assessments = assessments;
        this.ratings = ratings;
        this.standard = standard;
        this.rules = rules;
        this.clock = clock;
        this.calendar = calendar;
        this.charter = charter;
    }

    @Transactional
    public AssessmentSummary start(StaffMember member, String serviceCode, Review review) {
        checkMayAssess(member, serviceCode);
        return summary(assessments.save(new SelfAssessment(serviceCode, review, today(), member.username())));
    }

    @Transactional
    public void rate(StaffMember member, Long assessmentId, String elementCode, RatingInput input) {
        rules.check(input).orThrow();
        SelfAssessment assessment = open(member, assessmentId);
        if (standard.elements().stream().noneMatch(e -> e.getCode().equals(elementCode))) {
            throw InvalidInputException.of("element", "There is no element " + elementCode + " in the standard");
        }
        AssessmentRating rating = ratings.findByAssessmentIdAndElementCode(assessment.getId(), elementCode)
                .orElseGet(() -> new AssessmentRating(assessment.getId(), elementCode));
        rating.rate(
                input.rating(),
                InputRules.stripToNull(input.evidence()),
                InputRules.stripToNull(input.link()),
                member.username());
        ratings.save(rating);
    }

    /** Completes the assessment once every element is rated; it is then kept as it stands. */
    @Transactional
    public void complete(StaffMember member, Long assessmentId) {
        SelfAssessment assessment = open(member, assessmentId);
        long unrated = standard.elements().size()
                - ratings.findByAssessmentId(assessmentId).size();
        if (unrated > 0) {
            throw new ProcedureConflictException("Rate every element first: " + unrated + " still to rate");
        }
        assessment.complete(today(), member.username());
    }

    @Transactional(readOnly = true)
    public Map<String, AssessmentRating> ratings(StaffMember member, Long assessmentId) {
        SelfAssessment assessment = find(assessmentId);
        checkMaySee(member, assessment.getServiceCode());
        return ratings.findByAssessmentId(assessmentId).stream()
                .collect(Collectors.toMap(AssessmentRating::getElementCode, Function.identity()));
    }

    /** The elements rated partial or non-compliance: what the action plan should address. */
    @Transactional(readOnly = true)
    public List<CseElement> gaps(StaffMember member, Long assessmentId) {
        Map<String, AssessmentRating> rated = ratings(member, assessmentId);
        return standard.elements().stream()
                .filter(e -> rated.containsKey(e.getCode())
                        && rated.get(e.getCode()).getRating().isGap())
                .toList();
    }

    /** For each element, its rating in each of the service's completed assessments, oldest first. */
    @Transactional(readOnly = true)
    public Map<String, List<Rating>> comparison(StaffMember member, String serviceCode) {
        return comparison(member, serviceCode, null);
    }

    /** As {@link #comparison(StaffMember, String)}, leaving out one assessment (the one being looked at). */
    private Map<String, List<Rating>> comparison(StaffMember member, String serviceCode, Long leaveOut) {
        checkMaySee(member, serviceCode);
        List<SelfAssessment> done = assessments.findByServiceCodeOrderByStartedOnAscIdAsc(serviceCode).stream()
                .filter(SelfAssessment::isComplete)
                .filter(a -> !a.getId().equals(leaveOut))
                .toList();
        Map<String, List<Rating>> comparison = new LinkedHashMap<>();
        for (CseElement element : standard.elements()) {
            comparison.put(
                    element.getCode(),
                    done.stream()
                            .map(a -> ratings.findByAssessmentIdAndElementCode(a.getId(), element.getCode())
                                    .map(AssessmentRating::getRating)
                                    .orElse(null))
                            .toList());
        }
        return comparison;
    }

    /** The service an assessment belongs to, if the member may see it. */
    @Transactional(readOnly = true)
    public String serviceOf(StaffMember member, Long assessmentId) {
        SelfAssessment assessment = find(assessmentId);
        checkMaySee(member, assessment.getServiceCode());
        return assessment.getServiceCode();
    }

    /** A service's assessments, oldest first. */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> of(StaffMember member, String serviceCode) {
        checkMaySee(member, serviceCode);
        return assessments.findByServiceCodeOrderByStartedOnAscIdAsc(serviceCode).stream()
                .map(this::summary)
                .toList();
    }

    /** An assessment's page: every element with its rating and the service's earlier ratings beside it. */
    @Transactional(readOnly = true)
    public AssessmentSheet sheet(StaffMember member, Long assessmentId) {
        SelfAssessment assessment = find(assessmentId);
        Map<String, AssessmentRating> rated = ratings(member, assessmentId);
        Map<String, List<Rating>> earlier = comparison(member, assessment.getServiceCode(), assessment.getId());
        return new AssessmentSheet(
                summary(assessment),
                standard.elements().stream()
                        .map(element -> line(element, rated.get(element.getCode()), earlier.get(element.getCode())))
                        .toList());
    }

    private static AssessmentSheet.ElementLine line(CseElement element, AssessmentRating rating, List<Rating> earlier) {
        return new AssessmentSheet.ElementLine(
                element.getCode(),
                element.getSubCriterionName(),
                element.getText(),
                rating == null ? null : rating.getRating(),
                rating == null ? null : rating.getEvidence(),
                rating == null ? null : rating.getLink(),
                earlier == null ? List.of() : earlier);
    }

    private AssessmentSummary summary(SelfAssessment a) {
        return new AssessmentSummary(
                a.getId(),
                a.getServiceCode(),
                charter.serviceName(a.getServiceCode()),
                a.getReview(),
                a.getStartedOn(),
                a.isComplete(),
                a.getCompletedOn());
    }

    private SelfAssessment open(StaffMember member, Long assessmentId) {
        SelfAssessment assessment = find(assessmentId);
        checkMayAssess(member, assessment.getServiceCode());
        if (assessment.isComplete()) {
            throw new ProcedureConflictException("This assessment was completed on " + assessment.getCompletedOn()
                    + " and is kept as it stands; start a review to rate again");
        }
        return assessment;
    }

    private SelfAssessment find(Long id) {
        return assessments
                .findById(id)
                .orElseThrow(() -> InvalidInputException.of("assessment", "There is no self-assessment " + id));
    }

    private static void checkMayAssess(StaffMember member, String serviceCode) {
        if (!member.mayPlanFor(serviceCode)) {
            throw new AccessDeniedException("Only the service's own staff or the corporate lead can assess it");
        }
    }

    private static void checkMaySee(StaffMember member, String serviceCode) {
        if (!member.maySeeService(serviceCode) && !member.corporateLead()) {
            throw new AccessDeniedException("You cannot see this service's assessments");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }
}
