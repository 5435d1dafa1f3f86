package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.complaints.ombudsman.DayBasis;
import org.charterdesk.complaints.ombudsman.OmbudsmanCase;
import org.charterdesk.complaints.ombudsman.OmbudsmanProperties;
import org.charterdesk.complaints.ombudsman.OmbudsmanReferrals;
import org.charterdesk.complaints.ombudsman.ReferralInput;
import org.charterdesk.complaints.ombudsman.RequestInput;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The case page's "Ombudsman" section: recording that the ombudsman has taken the complaint up; then its
 * requests, the council's submission, the decision and each recommendation, with the open steps done in place
 * (see {@link OmbudsmanStepForms}).
 */
class OmbudsmanSection extends VerticalLayout {

    OmbudsmanSection(
            OmbudsmanReferrals referrals,
            OmbudsmanStepForms forms,
            String reference,
            String serviceCode,
            OmbudsmanCase shown,
            boolean mayRecord,
            StaffMember member,
            Runnable changed) {
        setPadding(false);
        setId("ombudsman");
        if (mayRecord) {
            add(takenUpForm(referrals, reference, member, changed));
        }
        if (shown == null) {
            return;
        }
        add(summary(shown));
        shown.steps().forEach(step -> add(forms.formFor(serviceCode, step, member, changed)));
        if (shown.closedOn() == null && shown.decision() == null) {
            add(requestForm(referrals, reference, member, changed));
        }
    }

    private static Div summary(OmbudsmanCase o) {
        Div summary = new Div();
        summary.setId("ombudsman-summary");
        summary.add(new Paragraph("%s, their reference %s, first in touch on %s.%s"
                .formatted(
                        o.bodyName(),
                        o.theirReference(),
                        Texts.date(o.firstContactOn()),
                        o.closedOn() == null ? "" : " Closed on " + Texts.date(o.closedOn()) + ".")));
        for (OmbudsmanCase.Request r : o.requests()) {
            summary.add(new Paragraph("Request of %s (%s, due %s): %s. %s"
                    .formatted(
                            Texts.date(r.receivedOn()),
                            r.deadline(),
                            Texts.date(r.dueOn()),
                            r.what(),
                            r.answeredOn() == null
                                    ? (r.late() ? "Not answered: overdue." : "Not answered yet.")
                                    : "Answered on " + Texts.date(r.answeredOn()) + (r.late() ? ", late." : "."))));
        }
        if (o.signedOffByName() != null) {
            summary.add(new Paragraph("Submission written by " + o.submittedByName() + ", signed off by "
                    + o.signedOffByName() + " on " + Texts.time(o.signedOffAt()) + "."));
        }
        if (o.decision() != null) {
            summary.add(new Paragraph("Decision of " + Texts.date(o.decidedOn()) + ": "
                    + o.decision().displayName() + (o.decisionSummary() == null ? "" : ". " + o.decisionSummary())));
        }
        for (OmbudsmanCase.Item i : o.recommendations()) {
            Paragraph item = new Paragraph("Recommendation: %s. Owner %s, due %s. %s"
                            .formatted(
                                    i.what(),
                                    i.ownerName(),
                                    Texts.date(i.dueOn()),
                                    i.toldOmbudsmanOn() != null
                                            ? "Done on " + Texts.date(i.doneOn()) + ", approved by "
                                                    + i.approvedByName() + ", ombudsman told on "
                                                    + Texts.date(i.toldOmbudsmanOn()) + "."
                                            : (i.overdue() ? "Overdue." : "Open."))
                    + (i.planActionId() == null ? "" : " On an action plan (action " + i.planActionId() + ")."));
            item.addClassName(i.overdue() ? "recommendation-overdue" : "recommendation");
            summary.add(item);
        }
        return summary;
    }

    private static Details takenUpForm(
            OmbudsmanReferrals referrals, String reference, StaffMember member, Runnable changed) {
        FormErrors errors = new FormErrors().speakingToStaff();
        errors.setId("ombudsman-errors");
        List<OmbudsmanProperties.Body> bodies = referrals.bodiesFor(reference);
        Select<OmbudsmanProperties.Body> body = new Select<>();
        body.setLabel("Which ombudsman");
        body.setItems(bodies);
        body.setItemLabelGenerator(OmbudsmanProperties.Body::name);
        body.setValue(bodies.get(0));
        body.setId("ombudsman-body");
        TextField theirs = new TextField("The ombudsman's reference");
        theirs.setId("ombudsman-reference");
        DatePicker first = new DatePicker("First contact from the ombudsman", LocalDate.now());
        first.setId("ombudsman-first-contact");
        errors.bind("body", body).bind("theirReference", theirs).bind("firstContactOn", first);
        Button record = new Button("Record it", e -> {
            if (errors.attempt(() -> referrals.takenUp(
                    reference,
                    new ReferralInput(
                            body.getValue() == null ? null : body.getValue().code(),
                            theirs.getValue(),
                            first.getValue()),
                    member))) {
                changed.run();
            }
        });
        record.setId("record-ombudsman");
        Details details =
                new Details("Record that the ombudsman has taken it up", column(errors, body, theirs, first, record));
        details.setId("ombudsman-taken-up");
        return details;
    }

    private static Details requestForm(
            OmbudsmanReferrals referrals, String reference, StaffMember member, Runnable changed) {
        FormErrors errors = new FormErrors().speakingToStaff();
        errors.setId("ombudsman-request-errors");
        TextArea what = new TextArea("What the ombudsman asked for");
        what.setWidthFull();
        what.setId("ombudsman-request-what");
        DatePicker received = new DatePicker("Received on", LocalDate.now());
        received.setId("ombudsman-request-received");
        IntegerField days = new IntegerField("Days to answer");
        days.setValue(20);
        days.setStepButtonsVisible(true);
        days.setId("ombudsman-request-days");
        Select<DayBasis> basis = new Select<>();
        basis.setLabel("Counted in");
        basis.setItems(DayBasis.values());
        basis.setItemLabelGenerator(DayBasis::displayName);
        basis.setValue(DayBasis.WORKING_DAYS);
        basis.setId("ombudsman-request-basis");
        errors.bind("what", what)
                .bind("receivedOn", received)
                .bind("days", days)
                .bind("basis", basis);
        Button record = new Button("Record the request", e -> {
            if (errors.attempt(() -> referrals.requestReceived(
                    reference,
                    new RequestInput(
                            what.getValue(),
                            received.getValue(),
                            days.getValue() == null ? 0 : days.getValue(),
                            basis.getValue()),
                    member))) {
                changed.run();
            }
        });
        record.setId("record-ombudsman-request");
        Details details =
                new Details("Record a request from the ombudsman", column(errors, what, received, days, basis, record));
        details.setId("ombudsman-request");
        return details;
    }

    static VerticalLayout column(Component... parts) {
        VerticalLayout column = new VerticalLayout(parts);
        column.setPadding(false);
        return column;
    }

    static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
