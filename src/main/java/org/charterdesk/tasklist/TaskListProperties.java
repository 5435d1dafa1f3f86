package org.charterdesk.tasklist;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charterdesk.tasklist.*}: the check that the task lists hold exactly the engine's open steps.
 *
 * @param repairCron when the check runs (a cron; "-" turns it off)
 * @param repairOnStart whether it also runs, in the background, once the application has started
 * @param repairBatch how many steps each of its short transactions looks at
 */
@ConfigurationProperties("charterdesk.tasklist")
public record TaskListProperties(String repairCron, Boolean repairOnStart, Integer repairBatch) {

    public TaskListProperties {
        repairCron = repairCron == null || repairCron.isBlank() ? "0 */15 * * * *" : repairCron;
        repairOnStart = repairOnStart == null || repairOnStart;
        repairBatch = repairBatch == null || repairBatch < 1 ? 500 : repairBatch;
    }
}
