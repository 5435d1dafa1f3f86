package org.charterdesk.complaints.restrictions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.Customer;
import org.charterdesk.complaints.CustomerLetters;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.work.StepRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager restricts how a customer may contact the council, under the policy on unacceptable actions; the
 * customer is written to (the letter is read before it goes), the {@code contact-restriction} process brings it back
 * on its review date, and everyone who opens the customer's cases sees it (see {@link RestrictionViews}).
 */
@Service
public class ContactRestrictions {

    static final String PROCESS_KEY = "contact-restriction";

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final ContactRestrictionRepository restrictions;
    private final RestrictionProperties properties;
    private final RuntimeService runtime;
    private final CaseTimeline timeline;
    private final CustomerLetters letters;
    private final StaffDirectory directory;
    private final InputRules rules;
    private final Clock clock;
    private final CalendarProperties calendar;

    ContactRestrictions(
            CaseFileRepository cases,
            CaseAccess access,
            ContactRestrictionRepository restrictions,
            RestrictionProperties properties,
            RuntimeService runtime,
            CaseTimeline timeline,
            CustomerLetters letters,
            StaffDirectory directory,
            InputRules rules,
            Clock clock,
            CalendarProperties calendar) {
        this.cases = cases;
        this.access = access;
        this.restrictions = restrictions;
        this.properties = properties;
        this.runtime = runtime;
        this.timeline = timeline;
        this.letters = letters;
        this.directory = directory;
        this.rules = rules;
        this.clock = clock;
        this.calendar = calendar;
    }

    public List<String> behaviours() {
        return properties.behaviours();
    }

    /** Whether the member may restrict the contact of the customer of a case of this service. */
    public static boolean mayRestrict(StaffMember member, String serviceCode) {
        return member.administrator() || member.isManagerOf(serviceCode);
    }

    /** Puts the restriction on the customer of the case {@code reference}, and writes to them. */
    @Transactional
    public void impose(String reference, RestrictionInput input, StaffMember manager) {
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(manager, c);
        if (!mayRestrict(manager, c.serviceCode())) {
            throw new StepRefusedException("Only a manager of the service may restrict a customer's contact");
        }
        Long matter = check(input, c);
        if (activeConcerning(c.getCustomer()).isPresent()) {
            throw new ProcedureConflictException("This customer's contact is already restricted: review it instead");
        }
        ContactRestriction restriction = new ContactRestriction(
                c.getId(), c.serviceCode(), c.getCustomer(), manager.username(), clock.instant(), input.startsOn());
        restriction.restrict(input, matter);
        restrictions.save(restriction);
        runtime.startProcessInstanceByKey(
                PROCESS_KEY,
                "restriction-" + restriction.getId(),
                Map.of("serviceCode", c.serviceCode(), "restrictionId", restriction.getId()));
        List<String> words = RestrictionViews.words(restriction, directory, cases);
        timeline.record(
                c,
                manager.username(),
                EventType.RESTRICTION,
                "%s restricted the customer's contact from %s, to be reviewed on %s: %s"
                        .formatted(
                                manager.displayName(),
                                PlainDates.format(input.startsOn()),
                                PlainDates.format(input.reviewOn()),
                                String.join("; ", words)));
        letters.restrictionPut(c, words, input.behaviour(), input.reviewOn(), properties.challenge());
    }

    /** Checks the restriction against the policy and the case; the decided matter's case id, if it names one. */
    Long check(RestrictionInput input, CaseFile c) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        boolean has = input != null;
        CaseFile matter = has && input.kinds().contains(RestrictionKind.NO_NEW_COMPLAINT)
                ? decidedMatter(input.decidedMatter(), c)
                : null;
        rules.check(input)
                .text("details", has ? input.details() : null)
                .rule(
                        has
                                && input.behaviour() != null
                                && !properties.behaviours().contains(input.behaviour()),
                        "behaviour",
                        "Choose one of the behaviours the policy names")
                .rule(
                        has
                                && input.kinds().contains(RestrictionKind.ONE_CONTACT)
                                && (input.namedContact() == null
                                        || directory.find(input.namedContact()).isEmpty()),
                        "namedContact",
                        "Choose the member of staff the customer may contact")
                .rule(
                        has && input.kinds().contains(RestrictionKind.ONE_CHANNEL) && input.channel() == null,
                        "channel",
                        "Choose the one way the customer may contact us")
                .rule(
                        has && input.kinds().contains(RestrictionKind.NO_NEW_COMPLAINT) && matter == null,
                        "decidedMatter",
                        "Give the reference of a complaint of this customer that we have decided")
                .rule(
                        has && input.startsOn() != null && input.startsOn().isBefore(today),
                        "startsOn",
                        "A restriction cannot start before today")
                .rule(
                        has
                                && input.startsOn() != null
                                && input.reviewOn() != null
                                && !input.reviewOn().isAfter(input.startsOn()),
                        "reviewOn",
                        "The review must come after the start")
                .orThrow();
        return matter == null ? null : matter.getId();
    }

    private CaseFile decidedMatter(String reference, CaseFile c) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return cases.findByReference(reference.strip().toUpperCase(Locale.UK))
                .filter(m -> m.getKind() == CaseKind.COMPLAINT && m.getStatus().finished())
                .filter(m -> RestrictionViews.sameCustomer(m.getCustomer(), c.getCustomer()))
                .orElse(null);
    }

    Optional<ContactRestriction> activeConcerning(Customer customer) {
        return active(customer.getName(), customer.getEmail(), customer.getPhone(), customer.getAddress());
    }

    Optional<ContactRestriction> active(String name, String email, String phone, String address) {
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        return restrictions.findByLiftedOnIsNullOrderByReviewOnAsc().stream()
                .filter(r -> r.activeOn(today) && r.concerns(name, email, phone, address))
                .findFirst();
    }
}
