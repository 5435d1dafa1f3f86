package org.charterdesk.workspace.scorecard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.actionplans.ActionInput;
import org.charterdesk.actionplans.ActionPlans;
import org.charterdesk.actionplans.PlanQueries;
import org.charterdesk.actionplans.PlanSummary;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.scorecard.Rag;
import org.charterdesk.scorecard.ReviewSummary;
import org.charterdesk.scorecard.Scorecard;
import org.charterdesk.scorecard.ScorecardReviews;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.ScorecardTable;

/**
 * The customer focus group's six-monthly review of the scorecard: the half year's figures, the group's conclusions,
 * and turning a conclusion into an action on a plan.
 */
@Route(value = "scorecard/reviews", layout = MainLayout.class)
@PageTitle("Scorecard review | Charterdesk")
@RolesAllowed({Roles.CORPORATE, Roles.ADMIN})
public class ReviewView extends VerticalLayout implements HasUrlParameter<Long> {

    private final ScorecardReviews reviews;
    private final Scorecard scorecard;
    private final ActionPlans plans;
    private final PlanQueries planQueries;
    private final StaffMember member;
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private Long reviewId;

    public ReviewView(
            ScorecardReviews reviews,
            Scorecard scorecard,
            ActionPlans plans,
            PlanQueries planQueries,
            CurrentStaff currentStaff) {
        this.reviews = reviews;
        this.scorecard = scorecard;
        this.plans = plans;
        this.planQueries = planQueries;
        this.member = currentStaff.require();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.reviewId = id;
        show();
    }

    private void show() {
        removeAll();
        ReviewSummary review = reviews.find(reviewId);
        LocalDate end = review.halfYearEnd();
        add(new H1("Review of the scorecard for the half year ending " + PlainDates.format(end)));
        List<LocalDate> quarters =
                List.of(Frequency.QUARTERLY.startOf(end.minusMonths(5)), Frequency.QUARTERLY.startOf(end));
        add(ScorecardTable.of(
                scorecard.grid(member, Frequency.QUARTERLY, quarters),
                new ScorecardTable.Words(
                        "The two quarters of the half year",
                        "Measure",
                        "Target",
                        Rag::words,
                        trend -> trend,
                        row -> new Div(row.measure().name() + " (" + row.serviceName() + ")"),
                        true)));
        add(errors);
        if (review.conclusions() == null) {
            conclusionsForm();
        } else {
            Paragraph conclusions = new Paragraph("The group concluded: " + review.conclusions());
            conclusions.setId("review-conclusions");
            add(new H2("Conclusions"), conclusions, actionForm(review.conclusions()));
        }
    }

    private void conclusionsForm() {
        if (!reviews.mayRecord(member, reviewId)) {
            add(new Paragraph("The group's conclusions are not recorded yet."));
            return;
        }
        TextArea conclusions = new TextArea("What the group concluded");
        conclusions.setId("conclusions");
        conclusions.setWidth("40em");
        errors.bind("conclusions", conclusions);
        Button record = new Button("Record the conclusions", e -> {
            if (errors.attempt(() -> reviews.record(member, reviewId, conclusions.getValue()))) {
                Notification.show("The review is recorded.");
                show();
            }
        });
        record.setId("record-conclusions");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Conclusions"), conclusions, record);
    }

    /** A conclusion becomes an action on a plan the member may change. */
    private Div actionForm(String conclusions) {
        List<PlanSummary> open = planQueries.visibleTo(member).stream()
                .filter(PlanSummary::openToChange)
                .toList();
        if (open.isEmpty()) {
            return new Div(new Paragraph("To act on a conclusion, start an action plan first."));
        }
        ComboBox<PlanSummary> plan = new ComboBox<>("Plan", open);
        plan.setItemLabelGenerator(p -> p.title() + " (" + p.serviceName() + ")");
        plan.setId("review-plan");
        TextArea description = new TextArea("Action");
        description.setId("review-action");
        description.setValue(conclusions.length() > 2000 ? conclusions.substring(0, 2000) : conclusions);
        description.setWidth("40em");
        TextField owner = new TextField("Owner (user name)");
        owner.setId("review-owner");
        owner.setValue(member.username());
        DatePicker target = new DatePicker("Target date");
        target.setId("review-target");
        TextField measure = new TextField("How we will know it worked");
        measure.setId("review-measure");
        measure.setWidth("30em");
        errors.bind("description", description)
                .bind("owner", owner)
                .bind("targetDate", target)
                .bind("outcomeMeasure", measure);
        Button add = new Button("Add it to the plan", e -> {
            if (plan.getValue() == null) {
                errors.show("Choose the plan");
                return;
            }
            if (errors.attempt(() -> plans.addAction(
                    member,
                    plan.getValue().id(),
                    new ActionInput(
                            description.getValue(), owner.getValue(), target.getValue(), measure.getValue())))) {
                Notification.show("Added to " + plan.getValue().title() + ".");
            }
        });
        add.setId("add-review-action");
        return new Div(new H2("Turn a conclusion into an action"), plan, description, owner, target, measure, add);
    }
}
