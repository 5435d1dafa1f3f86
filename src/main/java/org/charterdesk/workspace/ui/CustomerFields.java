package org.charterdesk.workspace.ui;

import static org.charterdesk.validation.InputRules.stripToNull;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.PreferredContact;

/** Who the customer is, how to reach them, how they want to be contacted, and any support needs. */
public class CustomerFields extends FormLayout {

    private final TextField name = new TextField("Full name");
    private final EmailField email = new EmailField("Email address");
    private final TextField phone = new TextField("Phone number");
    private final TextArea address = new TextArea("Postal address");
    private final RadioButtonGroup<PreferredContact> contact = new RadioButtonGroup<>("How should we contact you?");
    private final TextArea support = new TextArea("Any support or accessibility needs");

    public CustomerFields(FormErrors errors, boolean forStaff) {
        if (forStaff) {
            name.setLabel("Customer's full name");
            contact.setLabel("How does the customer want to be contacted?");
            support.setLabel("The customer's support or accessibility needs");
            errors.speakingToStaff();
        }
        name.setRequiredIndicatorVisible(true);
        name.setId("customer-name");
        name.setAutocomplete(Autocomplete.NAME);
        email.setId("customer-email");
        email.setHelperText(forStaff ? "Needed to reply by email" : "We will send your reference here");
        phone.setId("customer-phone");
        address.setId("customer-address");
        contact.setItems(PreferredContact.values());
        contact.setItemLabelGenerator(PreferredContact::displayName);
        contact.addValueChangeListener(e -> markRequired(e.getValue()));
        contact.setValue(PreferredContact.EMAIL);
        contact.setId("customer-contact");
        support.setHelperText("For example large print, an interpreter, or a call at a set time");
        support.setId("customer-support");
        errors.bind("customer.name", name)
                .bind("customer.email", email)
                .bind("customer.phone", phone)
                .bind("customer.address", address)
                .bind("customer.preferredContact", contact)
                .bind("customer.supportNeeds", support)
                .bind("customer", name);
        add(name, email, phone, contact, address, support);
    }

    /** The detail the chosen way of contact needs is marked required, as the server will ask for it. */
    private void markRequired(PreferredContact chosen) {
        email.setRequiredIndicatorVisible(chosen == PreferredContact.EMAIL);
        phone.setRequiredIndicatorVisible(chosen == PreferredContact.PHONE);
        address.setRequiredIndicatorVisible(chosen == PreferredContact.POST);
    }

    /** The answers as given, in the form's order, for the customer to check before sending. */
    public List<FormAnswer> answers() {
        return List.of(
                new FormAnswer(name.getLabel(), name.getValue(), name),
                new FormAnswer(email.getLabel(), email.getValue(), email),
                new FormAnswer(phone.getLabel(), phone.getValue(), phone),
                new FormAnswer(
                        contact.getLabel(),
                        contact.getValue() == null ? null : contact.getValue().displayName(),
                        contact),
                new FormAnswer(address.getLabel(), address.getValue(), address),
                new FormAnswer(support.getLabel(), support.getValue(), support));
    }

    public NewCase.CustomerDetails value() {
        return new NewCase.CustomerDetails(
                name.getValue(),
                stripToNull(email.getValue()),
                stripToNull(phone.getValue()),
                stripToNull(address.getValue()),
                contact.getValue(),
                stripToNull(support.getValue()));
    }
}
