package org.charterdesk.complaints.restrictions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.Customer;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restrictions as staff see them: the banner on any case of a restricted customer and at intake, and the list of
 * current restrictions with their review dates. Only managers and administrators see the behaviour behind one.
 */
@Service
public class RestrictionViews {

    private final ContactRestrictions restrictions;
    private final ContactRestrictionRepository repository;
    private final RestrictionReviewRepository reviews;
    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final StaffDirectory directory;
    private final CalendarProperties calendar;

    RestrictionViews(
            ContactRestrictions restrictions,
            ContactRestrictionRepository repository,
            RestrictionReviewRepository reviews,
            CaseFileRepository cases,
            CaseAccess access,
            StaffDirectory directory,
            CalendarProperties calendar) {
        this.restrictions = restrictions;
        this.repository = repository;
        this.reviews = reviews;
        this.cases = cases;
        this.access = access;
        this.directory = directory;
        this.calendar = calendar;
    }

    /** The restriction on the customer of a case, for its page. */
    @Transactional(readOnly = true)
    public Optional<Restriction> onCustomerOf(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        return restrictions.activeConcerning(c.getCustomer()).map(r -> shown(r, member));
    }

    /** The restriction on a customer being logged, for the intake form. */
    @Transactional(readOnly = true)
    public Optional<Restriction> onContact(NewCase.CustomerDetails customer, StaffMember member) {
        if (customer == null) {
            return Optional.empty();
        }
        return restrictions
                .active(customer.name(), customer.email(), customer.phone(), customer.address())
                .map(r -> shown(r, member));
    }

    /** The restrictions in force and their review dates: a manager's services, or all for administrators. */
    @Transactional(readOnly = true)
    public List<Restriction> current(StaffMember member) {
        return repository.findByLiftedOnIsNullOrderByReviewOnAsc().stream()
                .filter(r -> ContactRestrictions.mayRestrict(member, r.getServiceCode()) || member.corporateLead())
                .map(r -> shown(r, member))
                .toList();
    }

    private Restriction shown(ContactRestriction r, StaffMember member) {
        boolean details = ContactRestrictions.mayRestrict(member, r.getServiceCode());
        List<String> history = new ArrayList<>();
        if (details) {
            history.add("Put on by %s from %s"
                    .formatted(directory.displayName(r.getSetBy()), PlainDates.format(r.getStartsOn())));
            reviews.findByRestrictionIdOrderByReviewedAtAsc(r.getId())
                    .forEach(review -> history.add("%s: %s by %s. %s"
                            .formatted(
                                    PlainDates.format(LocalDate.ofInstant(review.getReviewedAt(), calendar.zone())),
                                    review.getOutcome().displayName(),
                                    directory.displayName(review.getReviewedBy()),
                                    review.getReason())));
        }
        return new Restriction(
                r.getId(),
                r.getCustomerName(),
                r.getServiceCode(),
                cases.findById(r.getCaseId()).map(CaseFile::getReference).orElse(null),
                words(r, directory, cases),
                r.getStartsOn(),
                r.getReviewOn(),
                r.getLiftedOn(),
                details ? r.getBehaviour() : null,
                details ? r.getBehaviourDetails() : null,
                history);
    }

    /** What the restriction limits, in the plain words of the customer's letter. */
    static List<String> words(ContactRestriction r, StaffDirectory directory, CaseFileRepository cases) {
        List<String> words = new ArrayList<>();
        for (RestrictionKind kind : r.getKinds()) {
            words.add(
                    switch (kind) {
                        case ONE_CONTACT ->
                            "You may contact us only through " + directory.displayName(r.getNamedContact());
                        case ONE_CHANNEL ->
                            "You may contact us only by "
                                    + r.getChannel().displayName().toLowerCase();
                        case WRITTEN_ONLY -> kind.words();
                        case NO_NEW_COMPLAINT ->
                            "We will not open a new complaint about the matter of your complaint "
                                    + cases.findById(r.getMatterCaseId())
                                            .map(CaseFile::getReference)
                                            .orElse("")
                                    + ", which we have decided";
                    });
        }
        return words;
    }

    /** Whether two cases' customers are one: the same email, phone, or name and address. */
    static boolean sameCustomer(Customer a, Customer b) {
        ContactRestriction probe = new ContactRestriction(null, "", a, "", null, LocalDate.MIN);
        return probe.concerns(b.getName(), b.getEmail(), b.getPhone(), b.getAddress());
    }
}
