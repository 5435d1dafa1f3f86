package org.charterdesk.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Internal notes on a case, for staff who may see it: each is kept with its author and time, and shows on the case
 * page and its timeline. Nothing here reaches a letter, an email or the customer's tracking page.
 */
@Service
public class CaseNotes {

    private final CaseFileRepository cases;
    private final CaseNoteRepository notes;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final InputRules rules;
    private final StaffDirectory directory;
    private final Clock clock;

    CaseNotes(
            CaseFileRepository cases,
            CaseNoteRepository notes,
            CaseAccess access,
            CaseTimeline timeline,
            InputRules rules,
            StaffDirectory directory,
            Clock clock) {
        this.cases = cases;
        this.notes = notes;
        this.access = access;
        this.timeline = timeline;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
    }

    /** A note, as the case page shows it. */
    public record Note(String author, String authorName, Instant writtenAt, String text) {}

    @Transactional
    public void add(String reference, NoteInput input, StaffMember member) {
        rules.check(input).text("text", input == null ? null : input.text()).orThrow();
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        String text = input.text().strip();
        notes.save(new CaseNote(c.getId(), member.username(), clock.instant(), text));
        timeline.record(c, member.username(), EventType.NOTE_ADDED, member.displayName() + " added a note: " + text);
    }

    /** The case's notes, newest first; only for staff who may see the case. */
    @Transactional(readOnly = true)
    public List<Note> of(CaseFile c, StaffMember member) {
        access.checkMaySee(member, c);
        return notes.findByCaseIdOrderByWrittenAtDescIdDesc(c.getId()).stream()
                .map(n -> new Note(n.getAuthor(), directory.displayName(n.getAuthor()), n.getWrittenAt(), n.getText()))
                .toList();
    }
}
