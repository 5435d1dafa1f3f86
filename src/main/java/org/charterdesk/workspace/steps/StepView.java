package org.charterdesk.workspace.steps;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.information.InformationRequests;
import org.charterdesk.complaints.information.Question;
import org.charterdesk.complaints.steps.StepContext;
import org.charterdesk.complaints.steps.StepContexts;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.cases.CaseView;
import org.charterdesk.workspace.ui.CaseFilesSection;
import org.charterdesk.workspace.ui.QuestionsSection;
import org.charterdesk.workspace.ui.StatusBadge;
import org.charterdesk.workspace.ui.Texts;

/** One open step: the case beside the step's own form. Someone else's step is shown, not offered. */
@Route(value = "steps", layout = MainLayout.class)
@RolesAllowed(Roles.STAFF)
public class StepView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final StaffMember member;
    private final StepContexts contexts;
    private final StepForms forms;
    private final DueDates dueDates;
    private final Attachments attachments;
    private final InformationRequests information;
    private String title = "Step | Charterdesk";

    public StepView(
            CurrentStaff currentStaff,
            StepContexts contexts,
            StepForms forms,
            DueDates dueDates,
            Attachments attachments,
            InformationRequests information) {
        this.information = information;
        this.dueDates = dueDates;
        this.attachments = attachments;
        this.member = currentStaff.require();
        this.contexts = contexts;
        this.forms = forms;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        StepContext step = contexts.of(taskId, member);
        title = step.step().displayName() + " · " + step.caseReference() + " | Charterdesk";
        add(new H1(step.step().displayName()), caseFacts(step));
        if (step.stageTwo() != null) {
            add(new StageTwoSection(step.stageTwo()));
        }
        List<Question> asked = information.asking(step.caseReference(), member).questions();
        if (!asked.isEmpty()) {
            add(new H2("Questions to the customer"), new QuestionsSection(asked));
        }
        add(
                new H2("Files"),
                new CaseFilesSection(
                        attachments, step.caseReference(), step.step().displayName(), member));
        add(new H2(step.step().managerDecision() ? "Your decision" : "Do the step"));
        if (!step.mayDo()) {
            Paragraph refused = new Paragraph("You cannot do this step. " + step.whyNotYou());
            refused.setId("not-yours");
            add(refused);
            return;
        }
        if (step.heldBySomeoneElse()) {
            Paragraph held = new Paragraph(step.assigneeName() + " holds this step. Ask them, or a manager, to give "
                    + "it back to the team if you should do it.");
            held.setId("held-by-someone-else");
            add(held);
            return;
        }
        add(forms.formFor(step, member, words -> {
            Notification.show(words, 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(CaseView.class, step.caseReference());
        }));
    }

    private Div caseFacts(StepContext step) {
        Div facts = new Div();
        facts.setId("step-case");
        HorizontalLayout heading = new HorizontalLayout(
                new RouterLink("Case " + step.caseReference(), CaseView.class, step.caseReference()),
                new Span(step.serviceName()),
                new Span("Customer: " + step.customerName()));
        HorizontalLayout due = new HorizontalLayout(
                new Span("Due " + Texts.date(step.dueOn())),
                new Span(dueDates.words(step.dueOn())),
                StatusBadge.of(step.status()));
        due.setId("step-due");
        facts.add(heading, due, new H2("What happened"), Texts.words(step.whatHappened()));
        if (step.outcomeSought() != null) {
            facts.add(new H2("What the customer wants"), Texts.words(step.outcomeSought()));
        }
        return facts;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
