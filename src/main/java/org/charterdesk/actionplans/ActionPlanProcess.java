package org.charterdesk.actionplans;

import java.util.List;
import org.charterdesk.security.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * What the {@code action-plan} process asks of the plans, as {@code ${actionPlanProcess.…}}: who reviews, who
 * revises, whether a second approval is needed, the open actions and their owners, putting an approved plan in
 * force, and the daily check of target dates. Each hands over to the plans' domain services.
 */
@Component("actionPlanProcess")
public class ActionPlanProcess {

    private final ActionPlans plans;
    private final PlanTargets targets;
    private final PlanProperties properties;

    ActionPlanProcess(ActionPlans plans, PlanTargets targets, PlanProperties properties) {
        this.plans = plans;
        this.targets = targets;
        this.properties = properties;
    }

    public String reviewers(Long planId) {
        return StaffGroups.managers(plans.find(planId).getServiceCode());
    }

    public String authors(Long planId) {
        String service = plans.find(planId).getServiceCode();
        return StaffGroups.officers(service) + "," + StaffGroups.managers(service);
    }

    public boolean corporate(Long planId) {
        return plans.find(planId).isCorporate();
    }

    public String quarterlyCycle() {
        return properties.progressCycle();
    }

    public String dailyCycle() {
        return properties.checkCycle();
    }

    public void activate(Long planId) {
        plans.putInForce(planId);
    }

    public List<Long> openActions(Long planId) {
        return plans.openActionIds(planId);
    }

    public String owner(Long actionId) {
        return plans.ownerOf(actionId);
    }

    /** Flags overdue actions and returns those nearing their target with no progress update lately. */
    public List<Long> checkTargets(Long planId) {
        return targets.check(planId);
    }
}
