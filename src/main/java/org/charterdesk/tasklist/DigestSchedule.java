package org.charterdesk.tasklist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** When the managers' digest runs, for the {@code manager-digest} process's timer: {@code charterdesk.digest.cron}. */
@Component("digestSchedule")
public class DigestSchedule {

    private final String cron;

    DigestSchedule(@Value("${charterdesk.digest.cron:0 30 7 ? * MON-FRI}") String cron) {
        this.cron = cron;
    }

    public String cron() {
        return cron;
    }
}
