package org.charterdesk.complaints.restrictions;

import java.util.Optional;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.FurtherContacts;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.StaffAlerts;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake applies a restriction on the customer's contact: a new complaint to the service about which the council
 * will open no new complaint on a decided matter is kept on that decided complaint as a contact, and goes to the
 * named contact (or the service's managers) rather than opening a case.
 */
@Component
public class IntakeRestrictionRule {

    private final ContactRestrictions restrictions;
    private final CaseFileRepository cases;
    private final FurtherContacts furtherContacts;
    private final StaffAlerts alerts;

    IntakeRestrictionRule(
            ContactRestrictions restrictions,
            CaseFileRepository cases,
            FurtherContacts furtherContacts,
            StaffAlerts alerts) {
        this.restrictions = restrictions;
        this.cases = cases;
        this.furtherContacts = furtherContacts;
        this.alerts = alerts;
    }

    /** The decided complaint the contact was kept on, if the rule applied to it; empty to log it as usual. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseFile> keptOnDecidedComplaint(NewCase input, Optional<StaffMember> staff) {
        if (input.kindOrDefault() != CaseKind.COMPLAINT || input.customer() == null) {
            return Optional.empty();
        }
        NewCase.CustomerDetails customer = input.customer();
        Optional<ContactRestriction> applies = restrictions
                .active(customer.name(), customer.email(), customer.phone(), customer.address())
                .filter(r -> r.getKinds().contains(RestrictionKind.NO_NEW_COMPLAINT) && r.getMatterCaseId() != null);
        Optional<CaseFile> decided = applies.flatMap(r -> cases.findById(r.getMatterCaseId()))
                .filter(c -> c.serviceCode().equals(input.service()));
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        String by = staff.map(StaffMember::username).orElse(CaseEvent.CUSTOMER);
        furtherContacts.keepOnDecidedCase(decided.get().getReference(), input, by);
        ContactRestriction r = applies.get();
        String to = r.getNamedContact() != null ? r.getNamedContact() : r.getSetBy();
        alerts.tell(
                to,
                staff.map(StaffMember::username).orElse(null),
                decided.get().getId(),
                NotificationType.CONTACT_RESTRICTION,
                "A restricted customer got in touch again about "
                        + decided.get().getReference(),
                "It was kept on that decided complaint, not opened as a new one, as the restriction says.",
                "/cases/" + decided.get().getReference());
        return decided;
    }
}
