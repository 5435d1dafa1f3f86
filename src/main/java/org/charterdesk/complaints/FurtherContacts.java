package org.charterdesk.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer who already has an open case with a service gets in touch about it again: staff logging the contact
 * add it to that case as a further contact instead of opening a second complaint. It shows on the case's page and
 * timeline; its deadlines do not change.
 */
@Service
public class FurtherContacts {

    private final CaseFileRepository cases;
    private final FurtherContactRepository contacts;
    private final ComplaintIntake intake;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final StaffDirectory directory;
    private final Clock clock;

    FurtherContacts(
            CaseFileRepository cases,
            FurtherContactRepository contacts,
            ComplaintIntake intake,
            CaseAccess access,
            CaseTimeline timeline,
            StaffDirectory directory,
            Clock clock) {
        this.cases = cases;
        this.contacts = contacts;
        this.intake = intake;
        this.access = access;
        this.timeline = timeline;
        this.directory = directory;
        this.clock = clock;
    }

    /** A further contact, as the case page lists it. */
    public record Contact(Channel channel, Instant receivedAt, String whatHappened, String loggedByName) {}

    /**
     * Adds the contact being logged to the open case {@code reference} instead of opening a new one; it is checked
     * by the same rules as a new contact, and must be about the case's service.
     */
    @Transactional
    public void addTo(String reference, NewCase input, StaffMember member) {
        intake.checkBeforeSending(input, Optional.of(member));
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        if (c.getStatus().finished()) {
            throw new ProcedureConflictException(reference + " is closed: log the contact as a new case instead.");
        }
        if (!c.serviceCode().equals(input.service())) {
            throw new ProcedureConflictException(
                    reference + " is about " + c.getService().getName() + ", not the service of this contact.");
        }
        Instant now = clock.instant();
        Channel channel = input.channel() == null ? Channel.WEB : input.channel();
        Instant receivedAt = input.receivedAt() == null ? now : input.receivedAt();
        String words = input.whatHappened().strip();
        contacts.save(new FurtherContact(c.getId(), channel, receivedAt, words, member.username()));
        timeline.record(
                c,
                member.username(),
                EventType.FURTHER_CONTACT,
                "Further contact (" + channel.displayName().toLowerCase() + "), logged by " + member.displayName()
                        + ": " + words);
        c.touch(now);
    }

    /**
     * Keeps a contact on a decided complaint instead of opening a new one, as a restriction on the customer's contact
     * says (no new complaint about a matter already decided); {@code loggedBy} is a username or "customer".
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keepOnDecidedCase(String reference, NewCase input, String loggedBy) {
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        Instant now = clock.instant();
        Channel channel = input.channel() == null ? Channel.WEB : input.channel();
        String words = input.whatHappened().strip();
        contacts.save(new FurtherContact(
                c.getId(), channel, input.receivedAt() == null ? now : input.receivedAt(), words, loggedBy));
        timeline.record(
                c,
                loggedBy,
                EventType.FURTHER_CONTACT,
                "Further contact (" + channel.displayName().toLowerCase()
                        + "), kept on this decided complaint rather than opened as a new one, as the restriction on"
                        + " the customer's contact says: " + words);
        c.touch(now);
    }

    /** The case's further contacts, oldest first, for staff who may see it. */
    @Transactional(readOnly = true)
    public List<Contact> of(String reference, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        return contacts.findByCaseIdOrderByReceivedAtAscIdAsc(c.getId()).stream()
                .map(f -> new Contact(
                        f.getChannel(), f.getReceivedAt(), f.getWhatHappened(), directory.displayName(f.getLoggedBy())))
                .toList();
    }
}
