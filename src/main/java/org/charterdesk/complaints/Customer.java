package org.charterdesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who the case concerns and how they want to be contacted. */
@Embeddable
public class Customer {

    @Column(name = "customer_name", nullable = false)
    private String name;

    @Column(name = "customer_email")
    private String email;

    @Column(name = "customer_phone")
    private String phone;

    @Column(name = "customer_address")
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", nullable = false)
    private PreferredContact preferredContact;

    @Column(name = "support_needs")
    private String supportNeeds;

    protected Customer() {}

    public Customer(
            String name,
            String email,
            String phone,
            String address,
            PreferredContact preferredContact,
            String supportNeeds) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.preferredContact = preferredContact;
        this.supportNeeds = supportNeeds;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public PreferredContact getPreferredContact() {
        return preferredContact;
    }

    public String getSupportNeeds() {
        return supportNeeds;
    }

    /** Whether this is the customer's email address, ignoring case and surrounding spaces. */
    public boolean hasEmail(String candidate) {
        return email != null && candidate != null && email.strip().equalsIgnoreCase(candidate.strip());
    }

    /**
     * Whether the customer gave this as their email address, their phone number or the postcode of their address:
     * what a customer who asked for phone calls or letters can prove a complaint is theirs with.
     */
    public boolean isKnownBy(String candidate) {
        return hasEmail(candidate)
                || ContactDetails.samePhone(phone, candidate)
                || ContactDetails.postcodeOf(address)
                        .filter(postcode -> ContactDetails.samePostcode(postcode, candidate))
                        .isPresent();
    }
}
