package org.charterdesk.complaints;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.notifications.Audience;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxEntry;
import org.charterdesk.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter to a customer as a printable PDF, for those who asked for post: the council's letterhead, the customer's
 * name and address, the date and reference, and the letter's words as the outbox holds them. Staff print and post
 * it, then mark it posted on the case page, which records who and when.
 */
@Service
public class PrintedLetters {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final Outbox outbox;
    private final CouncilProperties council;
    private final CalendarProperties calendar;
    private final AuditLog audit;
    private final Clock clock;

    PrintedLetters(
            CaseFileRepository cases,
            CaseAccess access,
            Outbox outbox,
            CouncilProperties council,
            CalendarProperties calendar,
            AuditLog audit,
            Clock clock) {
        this.cases = cases;
        this.access = access;
        this.outbox = outbox;
        this.council = council;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letter {@code notificationId} of the case, as an A4 PDF, for staff who may see the case. */
    @Transactional(readOnly = true)
    public byte[] pdf(String reference, long notificationId, StaffMember member) {
        CaseFile c = cases.findByReference(reference).orElseThrow(() -> new CaseNotFoundException(reference));
        access.checkMaySee(member, c);
        OutboxEntry letter = outbox.find(notificationId)
                .filter(n -> c.getId().equals(n.caseId()) && n.audience() == Audience.CUSTOMER)
                .orElseThrow(() -> new CaseNotFoundException(reference + " letter " + notificationId));
        audit.recordAccess(
                member.username(), AuditAction.DOWNLOADED, reference, "Letter to print: " + letter.heading());
        return render(c, letter);
    }

    private byte[] render(CaseFile c, OutboxEntry letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        Font councilName = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Paragraph letterhead = new Paragraph(council.name(c.getLanguage()), councilName);
        letterhead.setAlignment(Element.ALIGN_RIGHT);
        document.add(letterhead);
        Paragraph contact = new Paragraph(
                (council.address() == null ? "" : council.address().replace(", ", "\n") + "\n") + council.phone() + "\n"
                        + council.email(),
                small);
        contact.setAlignment(Element.ALIGN_RIGHT);
        document.add(contact);
        Customer customer = c.getCustomer();
        document.add(new Paragraph(
                customer.getName() + "\n" + (customer.getAddress() == null ? "" : customer.getAddress()), body));
        document.add(new Paragraph(" ", body));
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        document.add(new Paragraph("Our reference: " + c.getReference() + "\n" + PlainDates.format(today), body));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(letter.heading(), heading));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(letter.words(), body));
        document.close();
        return out.toByteArray();
    }
}
