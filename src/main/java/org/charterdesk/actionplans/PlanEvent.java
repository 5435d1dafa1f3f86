package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something that happened to a plan: submitted, approved, sent back with comments, changed. */
@Entity
@Table(name = "plan_event")
public class PlanEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private Instant at;
    private String actor;
    private String text;

    protected PlanEvent() {}

    PlanEvent(Long planId, Instant at, String actor, String text) {
        this.planId = planId;
        this.at = at;
        this.actor = actor;
        this.text = text;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getText() {
        return text;
    }
}
