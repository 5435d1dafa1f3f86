package org.charterdesk.complaints.restrictions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterdesk.complaints.Customer;
import org.charterdesk.complaints.PreferredContact;

/** A restriction on how one customer may contact the council, as a manager put it (and varied it) under the policy. */
@Entity
@Table(name = "contact_restriction")
class ContactRestriction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private String serviceCode;

    @Column(nullable = false, updatable = false)
    private String customerName;

    @Column(updatable = false)
    private String customerEmail;

    @Column(updatable = false)
    private String customerPhone;

    @Column(updatable = false)
    private String customerAddress;

    @Column(nullable = false)
    private String behaviour;

    @Column(nullable = false)
    private String behaviourDetails;

    @Column(nullable = false)
    private String kinds;

    private String namedContact;

    @Enumerated(EnumType.STRING)
    private PreferredContact channel;

    private Long matterCaseId;

    @Column(nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate reviewOn;

    private LocalDate liftedOn;

    @Column(nullable = false, updatable = false)
    private String setBy;

    @Column(nullable = false, updatable = false)
    private Instant setAt;

    protected ContactRestriction() {}

    ContactRestriction(
            Long caseId, String serviceCode, Customer customer, String setBy, Instant setAt, LocalDate startsOn) {
        this.caseId = caseId;
        this.serviceCode = serviceCode;
        this.customerName = customer.getName();
        this.customerEmail = blankToNull(customer.getEmail());
        this.customerPhone = customer.getPhone() == null
                ? null
                : blankToNull(customer.getPhone().replace(" ", ""));
        this.customerAddress = blankToNull(customer.getAddress());
        this.setBy = setBy;
        this.setAt = setAt;
        this.startsOn = startsOn;
    }

    /** What it restricts, and why, from the manager's input (when put, or varied at a review). */
    void restrict(RestrictionInput input, Long matterCaseId) {
        this.behaviour = input.behaviour();
        this.behaviourDetails = input.details().strip();
        this.kinds = input.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.namedContact = input.kinds().contains(RestrictionKind.ONE_CONTACT) ? input.namedContact() : null;
        this.channel = input.kinds().contains(RestrictionKind.ONE_CHANNEL) ? input.channel() : null;
        this.matterCaseId = input.kinds().contains(RestrictionKind.NO_NEW_COMPLAINT) ? matterCaseId : null;
        this.reviewOn = input.reviewOn();
    }

    void reviewNextOn(LocalDate next) {
        this.reviewOn = next;
    }

    void lifted(LocalDate on) {
        this.liftedOn = on;
    }

    boolean activeOn(LocalDate day) {
        return liftedOn == null && !day.isBefore(startsOn);
    }

    /** Whether a customer's details are this customer's: the same email, phone, or name and address. */
    boolean concerns(String name, String email, String phone, String address) {
        return same(customerEmail, email)
                || (customerPhone != null && phone != null && customerPhone.equals(phone.replace(" ", "")))
                || (customerAddress != null && same(customerName, name) && same(customerAddress, address));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Set<RestrictionKind> getKinds() {
        Set<RestrictionKind> set = EnumSet.noneOf(RestrictionKind.class);
        Arrays.stream(kinds.split(","))
                .filter(k -> !k.isBlank())
                .map(RestrictionKind::valueOf)
                .forEach(set::add);
        return set;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    String getServiceCode() {
        return serviceCode;
    }

    String getCustomerName() {
        return customerName;
    }

    String getBehaviour() {
        return behaviour;
    }

    String getBehaviourDetails() {
        return behaviourDetails;
    }

    String getNamedContact() {
        return namedContact;
    }

    PreferredContact getChannel() {
        return channel;
    }

    Long getMatterCaseId() {
        return matterCaseId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getReviewOn() {
        return reviewOn;
    }

    LocalDate getLiftedOn() {
        return liftedOn;
    }

    String getSetBy() {
        return setBy;
    }
}
