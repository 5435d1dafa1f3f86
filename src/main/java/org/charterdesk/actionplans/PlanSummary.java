package org.charterdesk.actionplans;

import java.time.LocalDate;

/** A plan as lists and headings show it. */
public record PlanSummary(
        Long id,
        String title,
        String serviceCode,
        String serviceName,
        boolean corporate,
        LocalDate periodFrom,
        LocalDate periodTo,
        PlanSource source,
        PlanStatus status) {

    static PlanSummary of(ActionPlan plan, String serviceName) {
        return new PlanSummary(
                plan.getId(),
                plan.getTitle(),
                plan.getServiceCode(),
                serviceName,
                plan.isCorporate(),
                plan.getPeriodFrom(),
                plan.getPeriodTo(),
                plan.getSource(),
                plan.getStatus());
    }

    /** The business key of the plan's process. */
    public String processKey() {
        return ActionPlan.processKeyOf(id);
    }

    /** Whether actions may be added or changed now: not while it is being reviewed, nor once it is finished. */
    public boolean openToChange() {
        return status != PlanStatus.IN_REVIEW && status != PlanStatus.FINISHED;
    }
}
