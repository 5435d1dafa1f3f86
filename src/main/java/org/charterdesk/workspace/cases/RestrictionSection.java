package org.charterdesk.workspace.cases;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterdesk.complaints.LetterPreviews;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.restrictions.ContactRestrictions;
import org.charterdesk.complaints.restrictions.Restriction;
import org.charterdesk.complaints.restrictions.RestrictionInput;
import org.charterdesk.complaints.restrictions.RestrictionKind;
import org.charterdesk.complaints.restrictions.RestrictionReviews;
import org.charterdesk.complaints.restrictions.RestrictionViews;
import org.charterdesk.complaints.restrictions.ReviewInput;
import org.charterdesk.complaints.restrictions.ReviewOutcome;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.steps.LetterCheck;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * A restriction on the customer's contact, on their case's page: the banner everyone who opens the case sees (the
 * behaviour only for managers), the form a manager uses to put one (the letter read before it goes), and its
 * review when it falls due.
 */
@SpringComponent
class RestrictionSection {

    private final ContactRestrictions restrictions;
    private final RestrictionViews views;
    private final RestrictionReviews reviews;
    private final LetterPreviews previews;
    private final StaffDirectory directory;

    RestrictionSection(
            ContactRestrictions restrictions,
            RestrictionViews views,
            RestrictionReviews reviews,
            LetterPreviews previews,
            StaffDirectory directory) {
        this.restrictions = restrictions;
        this.views = views;
        this.reviews = reviews;
        this.previews = previews;
        this.directory = directory;
    }

    Optional<Restriction> onCustomerOf(String reference, StaffMember member) {
        return views.onCustomerOf(reference, member);
    }

    /** For a manager of the service: the way to put a restriction, or its review when it is due; else nothing. */
    Optional<Component> managersPart(
            Optional<Restriction> restriction,
            String reference,
            String serviceCode,
            StaffMember member,
            Runnable done) {
        if (!ContactRestrictions.mayRestrict(member, serviceCode)) {
            return Optional.empty();
        }
        if (restriction.isEmpty()) {
            return Optional.of(form(reference, serviceCode, member, done));
        }
        return reviews.openReview(restriction.get().id(), member)
                .map(task -> review(restriction.get(), task, member, done));
    }

    /** The banner: what the restriction limits and until when; for managers, why and its history. */
    static Div banner(Restriction r) {
        return banner(r, "restriction-banner");
    }

    static Div banner(Restriction r, String id) {
        Div banner = new Div();
        banner.setId(id);
        banner.addClassName("warning-note");
        banner.getElement().setAttribute("role", "alert");
        banner.add(new Paragraph("This customer's contact is restricted from " + Texts.date(r.startsOn())
                + " until its review on " + Texts.date(r.reviewOn()) + ":"));
        r.restricts().forEach(words -> banner.add(new Paragraph(words)));
        if (r.behaviour() != null) {
            Paragraph why = new Paragraph("Behaviour (managers only): " + r.behaviour() + ". " + r.behaviourDetails());
            why.setId("restriction-behaviour");
            banner.add(why);
            r.history().forEach(line -> banner.add(new Paragraph(line)));
        }
        return banner;
    }

    /** A manager puts a restriction on the customer of the case. */
    private Details form(String reference, String serviceCode, StaffMember manager, Runnable done) {
        FormErrors errors = new FormErrors().speakingToStaff();
        errors.setId("restriction-errors");
        Select<String> behaviour = new Select<>();
        behaviour.setLabel("Behaviour, as the policy names it");
        behaviour.setItems(restrictions.behaviours());
        behaviour.setId("restriction-behaviour-category");
        TextArea details = new TextArea("What the customer did");
        details.setWidthFull();
        details.setId("restriction-details");
        Fields fields = new Fields(directory, serviceCode, errors);
        DatePicker starts = new DatePicker("Starts on", LocalDate.now());
        starts.setId("restriction-starts");
        DatePicker review = new DatePicker("Review on", LocalDate.now().plusMonths(6));
        review.setId("restriction-review");
        errors.bind("behaviour", behaviour)
                .bind("details", details)
                .bind("startsOn", starts)
                .bind("reviewOn", review);
        Button put = new Button(
                "Restrict the contact",
                e -> LetterCheck.thenRun(
                        previews,
                        reference,
                        errors,
                        () -> restrictions.impose(
                                reference,
                                fields.input(
                                        behaviour.getValue(), details.getValue(), starts.getValue(), review.getValue()),
                                manager),
                        sent -> done.run()));
        put.setId("restrict-contact");
        VerticalLayout content =
                OmbudsmanSection.column(errors, behaviour, details, fields.layout(), starts, review, put);
        Details form = new Details("Restrict this customer's contact", content);
        form.setId("restriction-form");
        return form;
    }

    /** The review due today: extend, vary (what it restricts now) or lift, with the reason. */
    private Details review(Restriction r, String taskId, StaffMember manager, Runnable done) {
        FormErrors errors = new FormErrors().speakingToStaff();
        errors.setId("review-errors");
        RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>("Your decision");
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(ReviewOutcome::displayName);
        outcome.setId("review-outcome");
        TextArea reason = new TextArea("Why");
        reason.setWidthFull();
        reason.setId("review-reason");
        DatePicker next = new DatePicker("Next review on", LocalDate.now().plusMonths(6));
        next.setId("review-next");
        Fields fields = new Fields(directory, r.serviceCode(), errors);
        errors.bind("outcome", outcome).bind("reason", reason).bind("nextReviewOn", next);
        Button record = new Button("Record the review", e -> {
            RestrictionInput varied = outcome.getValue() == ReviewOutcome.VARY
                    ? fields.input(r.behaviour(), r.behaviourDetails(), LocalDate.now(), next.getValue())
                    : null;
            if (errors.attempt(() -> reviews.review(
                    taskId,
                    new ReviewInput(outcome.getValue(), reason.getValue(), next.getValue(), varied),
                    manager))) {
                done.run();
            }
        });
        record.setId("record-review");
        Details form = new Details(
                "Review the restriction (due)",
                OmbudsmanSection.column(
                        errors,
                        outcome,
                        reason,
                        next,
                        new Span("To vary it, choose what it restricts now:"),
                        fields.layout(),
                        record));
        form.setOpened(true);
        form.setId("restriction-review-form");
        return form;
    }

    /** What a restriction limits, and the details each limit needs. */
    private static final class Fields {

        private final CheckboxGroup<RestrictionKind> kinds = new CheckboxGroup<>("What is restricted");
        private final Select<String> contact = new Select<>();
        private final Select<PreferredContact> channel = new Select<>();
        private final TextField matter = new TextField("The decided complaint (its reference)");

        Fields(StaffDirectory directory, String serviceCode, FormErrors errors) {
            kinds.setItems(RestrictionKind.values());
            kinds.setItemLabelGenerator(RestrictionKind::words);
            kinds.setId("restriction-kinds");
            List<String> staff = directory.staffOf(serviceCode);
            contact.setLabel("The named member of staff");
            contact.setItems(staff);
            contact.setItemLabelGenerator(directory::displayName);
            contact.setId("restriction-contact");
            channel.setLabel("The one way to contact us");
            channel.setItems(PreferredContact.values());
            channel.setItemLabelGenerator(PreferredContact::displayName);
            channel.setId("restriction-channel");
            matter.setId("restriction-matter");
            errors.bind("kinds", kinds)
                    .bind("namedContact", contact)
                    .bind("channel", channel)
                    .bind("decidedMatter", matter);
        }

        RestrictionInput input(String behaviour, String details, LocalDate starts, LocalDate review) {
            return new RestrictionInput(
                    behaviour,
                    details,
                    kinds.getValue(),
                    contact.getValue(),
                    channel.getValue(),
                    matter.getValue(),
                    starts,
                    review);
        }

        Component layout() {
            return OmbudsmanSection.column(kinds, contact, channel, matter);
        }
    }
}
