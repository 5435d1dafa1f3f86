package org.charterdesk.complaints.information;

import java.time.Instant;
import java.time.LocalDate;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.Stage;

/** A request for information as the screens show it: to staff in full, to the customer without staff names. */
public record Question(
        String caseReference,
        Stage stage,
        String question,
        PreferredContact channel,
        String askedByName,
        Instant askedAt,
        LocalDate answerDueOn,
        boolean clockStops,
        InformationStatus status,
        String answer,
        Instant answeredAt,
        AnswerHow answeredHow,
        Integer daysWaited) {

    public boolean waiting() {
        return status == InformationStatus.WAITING;
    }
}
