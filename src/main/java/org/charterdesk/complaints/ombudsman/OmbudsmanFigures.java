package org.charterdesk.complaints.ombudsman;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.charterdesk.security.StaffDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ombudsman's part of the reports for a period and a set of services: cases taken up and decided, by outcome,
 * and the recommendations due, completed on time or late, and outstanding. Each figure lists its cases.
 */
@Service
public class OmbudsmanFigures {

    private final OmbudsmanReferralRepository referrals;
    private final RecommendationRepository recommendations;
    private final StaffDirectory directory;

    OmbudsmanFigures(
            OmbudsmanReferralRepository referrals, RecommendationRepository recommendations, StaffDirectory directory) {
        this.referrals = referrals;
        this.recommendations = recommendations;
        this.directory = directory;
    }

    /** An outstanding recommendation, for the committee pack's list. */
    public record Outstanding(String caseReference, String what, String ownerName, LocalDate dueOn) {}

    /** The period's figures; every list holds case references. */
    public record Period(
            List<String> takenUp,
            Map<OmbudsmanDecision, List<String>> decided,
            List<String> due,
            List<String> onTime,
            List<String> late,
            List<Outstanding> outstanding) {

        public List<String> allDecided() {
            return decided.values().stream().flatMap(List::stream).toList();
        }

        public List<String> upheld() {
            return decided.entrySet().stream()
                    .filter(e -> e.getKey().upheld())
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }
    }

    @Transactional(readOnly = true)
    public Period of(LocalDate from, LocalDate to, List<String> services) {
        List<String> takenUp = new ArrayList<>();
        Map<OmbudsmanDecision, List<String>> decided = new EnumMap<>(OmbudsmanDecision.class);
        for (OmbudsmanDecision d : OmbudsmanDecision.values()) {
            decided.put(d, new ArrayList<>());
        }
        for (Object[] row : referrals.inPeriod(services, from, to)) {
            OmbudsmanReferral r = (OmbudsmanReferral) row[0];
            String reference = (String) row[1];
            if (within(r.getFirstContactOn(), from, to)) {
                takenUp.add(reference);
            }
            if (r.getDecision() != null && within(r.getDecidedOn(), from, to)) {
                decided.get(r.getDecision()).add(reference);
            }
        }
        List<String> due = new ArrayList<>();
        List<String> onTime = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<Outstanding> outstanding = new ArrayList<>();
        for (Object[] row : recommendations.madeBy(services, to)) {
            Recommendation r = (Recommendation) row[0];
            String reference = (String) row[1];
            boolean completeByEnd =
                    r.complete() && r.getDoneOn() != null && !r.getDoneOn().isAfter(to);
            if (within(r.getDueOn(), from, to)) {
                due.add(reference);
            }
            if (completeByEnd && within(r.getDoneOn(), from, to)) {
                (r.completedOnTime() ? onTime : late).add(reference);
            }
            if (!completeByEnd) {
                outstanding.add(
                        new Outstanding(reference, r.getWhat(), directory.displayName(r.getOwner()), r.getDueOn()));
            }
        }
        return new Period(takenUp, decided, due, onTime, late, outstanding);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
