package org.charterdesk.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.EventType;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A council's own system takes and answers a complaint's step through the API, over real HTTP on PostgreSQL, with
 * each member of staff's own credentials and the same checks as on screen.
 */
class CaseStepsApiIT extends IntegrationTestBase {

    private static final String PHONED_IN = """
            {"channel": "PHONE", "service": "housing",
             "customer": {"name": "Sam Api", "email": "sam.api@example.com"},
             "whatHappened": "Nobody came to fix the door.", "triage": {"matterType": "COMPLAINT"}}""";

    private static final String ANSWER = """
            {"outcome": "UPHELD", "response": "We have booked the repair for Monday.",
             "apology": "We are sorry nobody came."}""";

    ApiClient api;
    String reference;
    String step;

    @BeforeEach
    void aComplaintWaitingForItsStageOneResponse() {
        at(LocalDate.of(2026, 11, 2));
        api = new ApiClient(port);
        reference = api.post("/api/v1/complaints", PHONED_IN, basic("fran"))
                .body()
                .get("reference")
                .asText();
        ApiClient.Response details = api.get("/api/v1/complaints/" + reference, basic("olivia"));
        assertThat(details.body().at("/openSteps/0/name").asText()).isEqualTo("Respond at frontline");
        step = details.body().at("/openSteps/0/taskId").asText();
    }

    @Test
    void anOfficerTakesTheStepAndAnswersTheComplaint() {
        assertThat(api.post(path("claim"), "", basic("olivia")).status()).isEqualTo(204);
        assertThat(api.post(path("claim"), "", basic("olivia")).status())
                .as("taking a step already yours changes nothing")
                .isEqualTo(204);

        ApiClient.Response answered = api.post(path("frontline-response"), ANSWER, basic("olivia"));

        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(200);
        assertThat(answered.body().get("status").asText()).isEqualTo(CaseStatus.CLOSED.name());
        assertThat(reload(reference).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(timeline(reference)).contains(EventType.TASK_CLAIMED);
        assertThat(notificationsOf(reference))
                .anySatisfy(n -> assertThat(n.getType()).isEqualTo(NotificationType.DECISION));
        assertThat(api.post(path("frontline-response"), ANSWER, basic("olivia")).status())
                .as("answered once only: the step is no longer open")
                .isEqualTo(404);
    }

    @Test
    void aStepSomeoneElseHoldsIsRefusedSayingWho() {
        api.post(path("claim"), "", basic("olivia"));

        ApiClient.Response second = api.post(path("claim"), "", basic("harry"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("detail").asText()).contains("Olivia Grant");
        assertThat(api.post(path("frontline-response"), ANSWER, basic("harry")).status())
                .isEqualTo(409);
        assertThat(api.post(path("give-back"), "", basic("harry")).status())
                .as("only its holder or a manager gives a step back")
                .isEqualTo(403);

        assertThat(api.post(path("give-back"), "", basic("max")).status()).isEqualTo(204);
        assertThat(api.post(path("claim"), "", basic("harry")).status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(step).singleResult().getAssignee())
                .isEqualTo("harry");
    }

    @Test
    void anIncompleteAnswerIsRefusedFieldByFieldAndChangesNothing() {
        api.post(path("claim"), "", basic("olivia"));

        ApiClient.Response missing =
                api.post(path("frontline-response"), "{\"outcome\": \"UPHELD\", \"response\": \" \"}", basic("olivia"));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").findValuesAsText("field")).contains("response", "apology");
        ApiClient.Response unknownOutcome =
                api.post(path("frontline-response"), "{\"outcome\": \"MAYBE\", \"response\": \"x\"}", basic("olivia"));
        assertThat(unknownOutcome.status()).isEqualTo(400);
        assertThat(unknownOutcome.body().get("detail").asText()).contains("NOT_UPHELD");
        assertThat(reload(reference).getStatus()).isNotEqualTo(CaseStatus.CLOSED);
        assertThat(taskService.createTaskQuery().taskId(step).singleResult()).isNotNull();
    }

    @Test
    void othersCannotReachTheStep() {
        assertThat(api.post(path("claim"), "", basic("wendy")).status())
                .as("an officer of another service")
                .isEqualTo(403);
        assertThat(api.post(path("claim"), "", null).status())
                .as("no credentials")
                .isEqualTo(401);
        assertThat(api.post("/api/v1/complaints/CMP-2026-999999/steps/" + step + "/claim", "", basic("olivia"))
                        .status())
                .as("a step asked for under another case's reference")
                .isEqualTo(404);
        assertThat(api.post("/api/v1/complaints/" + reference + "/steps/no-such-step/claim", "", basic("olivia"))
                        .status())
                .isEqualTo(404);
        assertThat(taskService.createTaskQuery().taskId(step).singleResult().getAssignee())
                .isNull();
    }

    private String path(String action) {
        return "/api/v1/complaints/" + reference + "/steps/" + step + "/" + action;
    }

    private static String basic(String user) {
        return user + ":" + PASSWORD;
    }
}
