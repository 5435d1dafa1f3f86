package org.charterdesk.tasklist;

import org.springframework.stereotype.Component;

/**
 * When the managers' digest runs, for the {@code manager-digest} process's timer as
 * {@code ${digestSchedule.cron()}}: {@code charterdesk.digest.cron}.
 */
@Component("digestSchedule")
public class DigestSchedule {

    private final DigestProperties properties;

    DigestSchedule(DigestProperties properties) {
        this.properties = properties;
    }

    public String cron() {
        return properties.cron();
    }
}
