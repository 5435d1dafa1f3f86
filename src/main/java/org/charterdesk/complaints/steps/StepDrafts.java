package org.charterdesk.complaints.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step's form saved part-way: what has been typed so far, kept for whoever holds the step to pick up later (saving
 * a draft takes the step, as starting work on it does). Nothing in a draft reaches the customer; it goes when the
 * step is done.
 */
@Service
public class StepDrafts {

    private static final int MOST = 60_000;
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

    private final CaseTasks tasks;
    private final StepDraftStore store;
    private final StaffDirectory directory;
    private final ObjectMapper json;
    private final Clock clock;

    StepDrafts(CaseTasks tasks, StepDraftStore store, StaffDirectory directory, ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.store = store;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    /** A saved draft: the form's fields by name, who saved it and when. */
    public record Draft(Map<String, String> fields, String savedByName, Instant savedAt) {}

    @Transactional
    public Draft save(String taskId, Map<String, String> fields, StaffMember member) {
        tasks.take(taskId, member, ComplaintStep.values());
        String content;
        try {
            content = json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (content.length() > MOST) {
            throw new InvalidInputException(Map.of("draft", "This draft is too long to save; shorten the answers"));
        }
        Instant now = clock.instant();
        store.save(taskId, member.username(), now, content);
        return new Draft(Map.copyOf(fields), member.displayName(), now);
    }

    /** The step's draft, for someone who may do the step. */
    @Transactional(readOnly = true)
    public Optional<Draft> of(String taskId, StaffMember member) {
        CaseStep open = tasks.look(taskId, member);
        if (tasks.whyNot(open, member).isPresent()) {
            return Optional.empty();
        }
        return store.find(taskId).map(row -> {
            try {
                return new Draft(
                        json.readValue(row.content(), FIELDS), directory.displayName(row.savedBy()), row.savedAt());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
