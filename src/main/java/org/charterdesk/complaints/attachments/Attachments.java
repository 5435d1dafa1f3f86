package org.charterdesk.complaints.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.complaints.CaseAccess;
import org.charterdesk.complaints.CaseAnonymisation;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on cases. Each file is checked when it arrives (its size, its type from its content, and a virus scan when
 * a scanner is configured), so that a refused file is reported at once and nothing else the person entered is lost;
 * it is kept with its case in the same transaction as the case or the change it comes with. Staff who may see a case
 * may download its files; the customer may download the files they sent, through the tracking page.
 */
@Service
public class Attachments {

    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final FileTypes types;
    private final VirusScan scan;
    private final AttachmentProperties properties;
    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final AuditLog audit;
    private final StaffDirectory directory;
    private final Clock clock;

    Attachments(
            AttachmentRepository attachments,
            AttachmentStore store,
            FileTypes types,
            VirusScan scan,
            AttachmentProperties properties,
            CaseFileRepository cases,
            CaseAccess access,
            CaseTimeline timeline,
            AuditLog audit,
            StaffDirectory directory,
            Clock clock) {
        this.attachments = attachments;
        this.store = store;
        this.types = types;
        this.scan = scan;
        this.properties = properties;
        this.cases = cases;
        this.access = access;
        this.timeline = timeline;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    /** The limits, as forms state them. */
    public AttachmentProperties limits() {
        return properties;
    }

    /**
     * Checks a file just uploaded to {@code path}: refused ({@link FileRefusedException}, with the reason in words)
     * if it is too large, not an accepted type by its content, or infected.
     */
    public ReceivedFile receive(String fileName, Path path) {
        String name = cleanName(fileName);
        long size = sizeOf(path);
        if (size == 0) {
            throw new FileRefusedException(
                    FileRefusedException.Reason.EMPTY, name + " is empty. Choose the file again.", name);
        }
        if (size > properties.maxFileSize().toBytes()) {
            throw new FileRefusedException(
                    FileRefusedException.Reason.TOO_LARGE,
                    name + " is " + FileSizes.inWords(size) + ". Each file must be " + properties.maxFileSizeInWords()
                            + " or smaller.",
                    name,
                    FileSizes.inWords(size),
                    properties.maxFileSizeInWords());
        }
        String type = types.check(name, path);
        scan.check(name, path);
        return new ReceivedFile(name, path, size, type);
    }

    /** Refuses a submission with more files than allowed, in words. */
    public void checkCount(int files) {
        if (files > properties.maxFiles()) {
            throw new FileRefusedException(
                    FileRefusedException.Reason.TOO_MANY,
                    "You can attach up to " + properties.maxFiles() + " files at a time.",
                    String.valueOf(properties.maxFiles()));
        }
    }

    /** Keeps the files the customer sent with a new case or through the tracking page, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void keepFromCustomer(CaseFile c, List<ReceivedFile> files) {
        checkCount(files.size());
        for (ReceivedFile file : files) {
            keep(c, null, file, CaseEvent.CUSTOMER, true);
            timeline.record(
                    c,
                    CaseEvent.CUSTOMER,
                    EventType.FILE_ATTACHED,
                    "The customer attached " + file.fileName() + " (" + file.sizeInWords() + ")");
        }
    }

    /** Staff attach files to a case they may see, or to one of its steps ({@code stepName}) as evidence. */
    @Transactional
    public void addByStaff(String reference, String stepName, List<ReceivedFile> files, StaffMember member) {
        checkCount(files.size());
        CaseFile c = cases.lockByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        for (ReceivedFile file : files) {
            keep(c, stepName, file, member.username(), false);
            timeline.record(
                    c,
                    member.username(),
                    EventType.FILE_ATTACHED,
                    member.displayName() + " attached " + file.fileName() + " (" + file.sizeInWords() + ")"
                            + (stepName == null ? "" : " to " + stepName));
        }
        c.touch(clock.instant());
    }

    private void keep(CaseFile c, String stepName, ReceivedFile file, String addedBy, boolean fromCustomer) {
        String key = UUID.randomUUID().toString();
        store.put(key, file.path(), file.size());
        attachments.save(new Attachment(c.getId(), stepName, file, key, addedBy, fromCustomer, clock.instant()));
    }

    /** The case's files, oldest first, for staff who may see it. */
    @Transactional(readOnly = true)
    public List<FileOnCase> of(CaseFile c, StaffMember member) {
        access.checkMaySee(member, c);
        return attachments.findByCaseIdOrderByAddedAtAscIdAsc(c.getId()).stream()
                .map(this::onCase)
                .toList();
    }

    /** The case's files, oldest first, for staff who may see it. */
    @Transactional(readOnly = true)
    public List<FileOnCase> of(String reference, StaffMember member) {
        return of(cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference)), member);
    }

    /** The files the customer sent on this case, for the customer who has proved it is theirs. */
    @Transactional(readOnly = true)
    public List<FileOnCase> sentByCustomer(CaseFile c) {
        return attachments.findByCaseIdOrderByAddedAtAscIdAsc(c.getId()).stream()
                .filter(Attachment::isFromCustomer)
                .map(this::onCase)
                .toList();
    }

    /** A file on a case, for staff who may see the case; the download is in the case's audit history. */
    @Transactional(readOnly = true)
    public FileDownload download(String reference, long id, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        Attachment file = find(c, id);
        audit.recordAccess(member.username(), AuditAction.DOWNLOADED, c.getReference(), "File " + file.getFileName());
        return downloadOf(file);
    }

    /** A file the customer sent, for the customer who has proved the case is theirs. */
    @Transactional(readOnly = true)
    public FileDownload downloadForCustomer(CaseFile c, long id) {
        Attachment file = find(c, id);
        if (!file.isFromCustomer()) {
            throw new CaseNotFoundException(c.getReference() + " file " + id);
        }
        audit.recordAccess(CaseEvent.CUSTOMER, AuditAction.DOWNLOADED, c.getReference(), "File " + file.getFileName());
        return downloadOf(file);
    }

    /** Removes the bytes of every file on the case and their names; what remains says a file was there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeAllOf(long caseId) {
        for (Attachment file : attachments.findByCaseIdOrderByAddedAtAscIdAsc(caseId)) {
            if (!file.isRemoved()) {
                store.remove(file.getStorageKey());
                file.remove(CaseAnonymisation.REMOVED, clock.instant());
            }
        }
    }

    private Attachment find(CaseFile c, long id) {
        return attachments
                .findByIdAndCaseId(id, c.getId())
                .filter(a -> !a.isRemoved())
                .orElseThrow(() -> new CaseNotFoundException(c.getReference() + " file " + id));
    }

    private FileDownload downloadOf(Attachment file) {
        return new FileDownload(
                file.getFileName(),
                file.getContentType(),
                file.getSizeBytes(),
                out -> store.copyTo(file.getStorageKey(), out));
    }

    private FileOnCase onCase(Attachment a) {
        return new FileOnCase(
                a.getId(),
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                a.isFromCustomer() ? "The customer" : directory.displayName(a.getAddedBy()),
                a.isFromCustomer(),
                a.getAddedAt(),
                a.getStepName(),
                a.isRemoved());
    }

    /** The name without any folder the browser sent, and without characters that could break a header. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty()) {
            return "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
