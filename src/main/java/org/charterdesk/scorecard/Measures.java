package org.charterdesk.scorecard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The charter's measures, and which of them a member of staff may see: their services', or all for the council. */
@Service
public class Measures {

    private final MeasureRepository measures;

    Measures(MeasureRepository measures) {
        this.measures = measures;
    }

    @Transactional(readOnly = true)
    public List<Measure> all() {
        return measures.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Measure find(Long id) {
        return measures.findById(id).orElseThrow(() -> new IllegalArgumentException("There is no such measure"));
    }

    /** The measures a member may see: administrators and the corporate lead all; managers their services'. */
    @Transactional(readOnly = true)
    public List<Measure> visibleTo(StaffMember member) {
        return all().stream().filter(m -> maySee(member, m)).toList();
    }

    public static boolean seesCouncil(StaffMember member) {
        return member.administrator() || member.corporateLead();
    }

    static boolean maySee(StaffMember member, Measure measure) {
        return seesCouncil(member)
                || measure.getServiceCode() == null && !member.managerOf().isEmpty()
                || measure.getServiceCode() != null
                        && (member.isManagerOf(measure.getServiceCode())
                                || member.isOfficerOf(measure.getServiceCode()));
    }

    /** A service's measures whose figures it gives itself (entered or imported) for the period ending this month. */
    @Transactional(readOnly = true)
    public List<Measure> returnedBy(String serviceCode, YearMonth month) {
        return all().stream()
                .filter(m -> Objects.equals(serviceCode, m.getServiceCode()))
                .filter(m -> m.getSource().returnedByService())
                .filter(m -> m.getFrequency().startOfPeriodEnding(month) != null)
                .toList();
    }

    /** The services that owe a return for the period ending this month. */
    @Transactional(readOnly = true)
    public List<String> servicesOwing(YearMonth month) {
        return all().stream()
                .filter(m -> m.getServiceCode() != null && m.getSource().returnedByService())
                .filter(m -> m.getFrequency().startOfPeriodEnding(month) != null)
                .map(Measure::getServiceCode)
                .distinct()
                .toList();
    }

    /** The computed measures with a period ending this month. */
    @Transactional(readOnly = true)
    public List<Measure> computedEnding(YearMonth month) {
        return all().stream()
                .filter(m -> m.getSource() == Source.COMPUTED)
                .filter(m -> m.getFrequency().startOfPeriodEnding(month) != null)
                .toList();
    }

    /** The start of the period of a measure that ends on this day (the last of a month). */
    static LocalDate periodStart(Measure measure, LocalDate periodEnd) {
        return measure.getFrequency().startOfPeriodEnding(YearMonth.from(periodEnd));
    }
}
