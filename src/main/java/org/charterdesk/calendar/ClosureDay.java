package org.charterdesk.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the council is closed beyond the bank holidays, e.g. a local holiday or an office closure. */
@Entity
@Table(name = "closure_day")
public class ClosureDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate closedOn;

    private String description;

    protected ClosureDay() {}

    public ClosureDay(LocalDate closedOn, String description) {
        this.closedOn = closedOn;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getDescription() {
        return description;
    }
}
