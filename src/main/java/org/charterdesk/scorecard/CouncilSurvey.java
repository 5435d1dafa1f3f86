package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** A council-wide satisfaction survey as imported: its name, period, the people invited and those who answered. */
@Entity
public class CouncilSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int invited;
    private int respondents;
    private String importedBy;
    private Instant importedAt;

    protected CouncilSurvey() {}

    CouncilSurvey(
            String name,
            LocalDate periodStart,
            LocalDate periodEnd,
            int invited,
            int respondents,
            String importedBy,
            Instant importedAt) {
        this.name = name;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.invited = invited;
        this.respondents = respondents;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getInvited() {
        return invited;
    }

    public int getRespondents() {
        return respondents;
    }
}
