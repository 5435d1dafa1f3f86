package org.charterdesk.workspace.ui;

import static org.charterdesk.validation.InputRules.stripToNull;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.PreferredContact;

/** Who the customer is, how to reach them, how they want to be contacted, and any support needs. */
public class CustomerFields extends FormLayout {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextArea address = new TextArea();
    private final RadioButtonGroup<PreferredContact> contact = new RadioButtonGroup<>();
    private final TextArea support = new TextArea();

    /**
     * The fields as the public form asks them, in the page's language, or (for staff logging a contact) as staff
     * read them, in English.
     */
    public CustomerFields(FormErrors errors, boolean forStaff) {
        if (forStaff) {
            name.setLabel("Customer's full name");
            email.setLabel("Email address");
            phone.setLabel("Phone number");
            address.setLabel("Postal address");
            contact.setLabel("How does the customer want to be contacted?");
            support.setLabel("The customer's support or accessibility needs");
            support.setHelperText("For example large print, an interpreter, or a call at a set time");
            contact.setItemLabelGenerator(PreferredContact::displayName);
            errors.speakingToStaff();
        } else {
            name.setLabel(getTranslation("customer.name"));
            email.setLabel(getTranslation("customer.email"));
            phone.setLabel(getTranslation("customer.phone"));
            address.setLabel(getTranslation("customer.address"));
            contact.setLabel(getTranslation("customer.contact"));
            support.setLabel(getTranslation("customer.support"));
            support.setHelperText(getTranslation("customer.support.help"));
            contact.setItemLabelGenerator(
                    way -> getTranslation("customer.contact." + way.name().toLowerCase(Locale.ROOT)));
        }
        name.setRequiredIndicatorVisible(true);
        name.setId("customer-name");
        name.setAutocomplete(Autocomplete.NAME);
        email.setId("customer-email");
        email.setHelperText(forStaff ? "Needed to reply by email" : getTranslation("customer.email.help"));
        phone.setId("customer-phone");
        address.setId("customer-address");
        contact.setItems(PreferredContact.values());
        contact.addValueChangeListener(e -> markRequired(e.getValue()));
        contact.setValue(PreferredContact.EMAIL);
        contact.setId("customer-contact");
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
                        contact.getValue() == null
                                ? null
                                : contact.getItemLabelGenerator().apply(contact.getValue()),
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
