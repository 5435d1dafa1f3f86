package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanStatus;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;

/** Adding an action to a plan, by hand or from a complaint's learning; to an approved plan it is a change. */
class AddActionForm extends Details {

    private final StaffMember member;
    private final Long planId;
    private final ActionPlans plans;
    private final Runnable done;
    private final FormErrors errors = new FormErrors();
    private final TextArea description = new TextArea("What will be done");
    private final ComboBox<String> owner = new ComboBox<>("Owner");
    private final DatePicker target = new DatePicker("Target date");
    private final TextField measure = new TextField("How success will be measured");
    private final TextField reference =
            new TextField("Or from a complaint's learning or its ombudsman's recommendations: its reference");

    AddActionForm(StaffMember member, PlanSummary plan, ActionPlans plans, StaffDirectory directory, Runnable done) {
        super(
                plan.status() == PlanStatus.APPROVED
                        ? "Add an action (the plan will go for approval again)"
                        : "Add an action");
        this.member = member;
        this.planId = plan.id();
        this.plans = plans;
        this.done = done;
        description.setWidthFull();
        description.setId("action-description");
        owner.setItems(directory.staffOf(plan.serviceCode()));
        owner.setItemLabelGenerator(directory::displayName);
        owner.setId("action-owner");
        target.setId("action-target");
        measure.setWidthFull();
        measure.setId("action-measure");
        reference.setId("learning-reference");
        errors.bind("description", description)
                .bind("owner", owner)
                .bind("targetDate", target)
                .bind("outcomeMeasure", measure);
        Button add = new Button(
                "Add the action",
                e -> attempt(() -> plans.addAction(
                        member,
                        planId,
                        new ActionInput(
                                description.getValue(), owner.getValue(), target.getValue(), measure.getValue()))));
        add.setId("add-action");
        add(new VerticalLayout(
                errors, description, new HorizontalLayout(owner, target), measure, add, fromAComplaint()));
        setId("add-action-form");
    }

    /** Actions from a complaint: its learning (with the owner and date above), or its ombudsman's recommendations. */
    private HorizontalLayout fromAComplaint() {
        Button fromLearning = new Button(
                "Add an action from the complaint's learning",
                e -> attempt(() ->
                        plans.actionFromLearning(member, planId, complaint(), owner.getValue(), target.getValue())));
        fromLearning.setId("add-from-learning");
        Button fromOmbudsman = new Button(
                "Add actions from the ombudsman's recommendations on it",
                e -> attempt(() -> plans.actionsFromRecommendations(member, planId, complaint())));
        fromOmbudsman.setId("add-from-recommendations");
        return new HorizontalLayout(reference, fromLearning, fromOmbudsman);
    }

    private String complaint() {
        return reference.getValue().strip().toUpperCase(Locale.UK);
    }

    private void attempt(Runnable action) {
        if (errors.attempt(action)) {
            done.run();
        }
    }
}
