package org.charterdesk.workspace.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanInput;
import org.charterdesk.actionplans.PlanSource;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;

/** Drawing up a new plan for one of the services the member plans for; on success the plan's page opens. */
class NewPlanForm extends Details {

    private final StaffMember member;
    private final ActionPlans plans;
    private final FormErrors errors = new FormErrors();
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final TextField title = new TextField("Title");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<PlanSource> source = new Select<>();
    private final Checkbox corporate = new Checkbox("A corporate plan (also approved by the customer focus group)");

    NewPlanForm(StaffMember member, ActionPlans plans, Charter charter) {
        super("Draw up a new plan");
        this.member = member;
        this.plans = plans;
        service.setItems(charter.serviceRefs().stream()
                .filter(s -> member.mayPlanFor(s.code()))
                .toList());
        service.setItemLabelGenerator(ServiceRef::name);
        service.setId("plan-service");
        title.setId("plan-title");
        from.setId("plan-from");
        to.setId("plan-to");
        source.setLabel("Source");
        source.setItems(PlanSource.values());
        source.setItemLabelGenerator(PlanSource::displayName);
        source.setId("plan-source");
        errors.bind("serviceCode", service)
                .bind("title", title)
                .bind("periodFrom", from)
                .bind("periodTo", to)
                .bind("source", source);
        Button create = new Button("Draw up the plan", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-plan");
        add(new VerticalLayout(
                errors,
                new HorizontalLayout(service, title),
                new HorizontalLayout(from, to, source),
                corporate,
                create));
    }

    private void create() {
        PlanInput input = new PlanInput(
                service.getValue() == null ? null : service.getValue().code(),
                corporate.getValue(),
                title.getValue(),
                from.getValue(),
                to.getValue(),
                source.getValue());
        PlanSummary[] created = new PlanSummary[1];
        if (errors.attempt(() -> created[0] = plans.create(member, input))) {
            getUI().ifPresent(ui -> ui.navigate(PlanView.class, created[0].id()));
        }
    }
}
