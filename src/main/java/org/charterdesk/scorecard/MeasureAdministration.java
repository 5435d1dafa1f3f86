package org.charterdesk.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.Charter;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators give a charter standard a measure, or change one: what is counted, its unit, target and tolerance,
 * which way is better, how often, which service owns it, and where its figures come from (with the columns of an
 * imported file, or the survey question). Every change is checked whole and recorded in the audit log.
 */
@Service
public class MeasureAdministration {

    private final MeasureRepository measures;
    private final Charter charter;
    private final InputRules rules;
    private final AuditLog audit;

    MeasureAdministration(MeasureRepository measures, Charter charter, InputRules rules, AuditLog audit) {
        this.measures = measures;
        this.charter = charter;
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MeasureSummary> all(StaffMember admin) {
        checkAdministrator(admin);
        return measures.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(Measure::summary)
                .toList();
    }

    /** Adds a measure, or (with an id) changes one. */
    @Transactional
    public MeasureSummary save(StaffMember admin, Long id, MeasureDefinition d) {
        checkAdministrator(admin);
        check(id, d);
        Measure measure;
        if (id == null) {
            measure = measures.save(new Measure(d, (int) measures.count()));
            audit.recordChange(admin.username(), null, "Added the scorecard measure '" + d.name() + "'");
        } else {
            measure = measures.findById(id).orElseThrow();
            measure.change(d);
            audit.recordChange(
                    admin.username(),
                    null,
                    "Changed the scorecard measure '" + d.name() + "': target "
                            + measure.summary().targetText() + ", tolerance " + d.tolerance());
        }
        return measure.summary();
    }

    private void check(Long id, MeasureDefinition d) {
        InputRules.Check check = rules.check(d);
        if (d == null) {
            check.orThrow();
        }
        String code = InputRules.stripToNull(d.code());
        check.rule(
                        code == null || !code.matches("[a-z0-9-]{2,60}"),
                        "code",
                        "Give a short code of small letters, numbers and dashes, such as calls-answered")
                .rule(
                        code != null
                                && measures.findByCode(code)
                                        .filter(m -> !m.getId().equals(id))
                                        .isPresent(),
                        "code",
                        "Another measure has this code")
                .rule(
                        blank(d.name()) || d.name().length() > 300,
                        "name",
                        "Say what is counted, in up to 300 characters")
                .rule(d.service() != null && charter.findService(d.service()).isEmpty(), "service", "Choose a service")
                .rule(
                        d.standard() != null
                                && charter.promisesOf(d.service()).stream()
                                        .noneMatch(p -> p.name().equals(d.standard())),
                        "standard",
                        "Choose one of the charter's standards for this service, or none")
                .rule(d.unit() == null, "unit", "Choose the unit")
                .rule(negative(d.target()), "target", "Give the target, zero or more")
                .rule(negative(d.tolerance()), "tolerance", "Give the tolerance, zero or more")
                .rule(
                        d.unit() == Unit.PERCENT
                                && d.target() != null
                                && d.target().compareTo(BigDecimal.valueOf(100)) > 0,
                        "target",
                        "A percentage is at most 100")
                .rule(d.frequency() == null, "frequency", "Choose how often it is reported")
                .rule(d.source() == null, "source", "Choose where its figures come from");
        checkSource(check, d);
        check.orThrow();
    }

    private static void checkSource(InputRules.Check check, MeasureDefinition d) {
        if (d.source() != null) {
            check.rule(
                            d.source() == Source.COMPUTED && d.computed() == null,
                            "computed",
                            "Choose which complaint figure it is")
                    .rule(
                            d.source().returnedByService() && d.service() == null,
                            "service",
                            "A measure the service enters or imports needs its service")
                    .rule(
                            d.source() == Source.IMPORTED && (blank(d.csvPeriodColumn()) || blank(d.csvValueColumn())),
                            "csvPeriodColumn",
                            "Name the file's columns for the period and for the figure")
                    .rule(
                            d.source() == Source.SURVEY && blank(d.surveyQuestion()),
                            "surveyQuestion",
                            "Give the survey question's code, such as Q1");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean negative(BigDecimal value) {
        return value == null || value.signum() < 0;
    }

    private static void checkAdministrator(StaffMember member) {
        if (!member.administrator()) {
            throw new AccessDeniedException("Only administrators change the scorecard's measures");
        }
    }
}
