package org.charterdesk.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The REST API over real HTTP, on PostgreSQL, with the council in Scotland (the default region). */
class ComplaintsApiIT extends IntegrationTestBase {

    static final String PUBLIC_COMPLAINT = """
            {"service": "housing",
             "customer": {"name": "Jo Bloggs", "email": "jo@example.com", "supportNeeds": "Large print"},
             "whatHappened": "The lift has been broken for a month.",
             "outcomeSought": "Fix the lift."}""";

    static final String LETTER_OF_31_DECEMBER = """
            {"channel": "LETTER", "service": "housing",
             "customer": {"name": "Rose Hill", "address": "2 Station Road", "preferredContact": "POST"},
             "whatHappened": "My letter about the heating went unanswered.",
             "receivedAt": "2026-12-31T10:00:00Z",
             "triage": {"matterType": "COMPLAINT"}}""";

    @Autowired
    FrontlineSteps frontline;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static String basic(String user) {
        return user + ":" + PASSWORD;
    }

    @Test
    void thePublicMakesAComplaintAndGetsItsReferenceAndTheDateOfAnAnswer() {
        at(LocalDate.of(2026, 11, 2));
        ApiClient.Response created = api.post("/api/v1/complaints", PUBLIC_COMPLAINT, null);

        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().get("reference").asText();
        assertThat(reference).matches("CMP-2026-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/v1/complaints/" + reference);
        assertThat(created.body().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.body().get("receivedOn").asText()).isEqualTo("2026-11-02");
        assertThat(created.body().at("/currentStep/dueOn").asText()).isEqualTo("2026-11-09");
        assertThat(created.body().at("/currentStep/name").asText()).isEqualTo("Stage 1 response");

        ApiClient.Response details = api.get(created.header("Location"), basic("olivia"));
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.body().at("/summary/reference").asText()).isEqualTo(reference);
        assertThat(details.body().get("channel").asText()).isEqualTo("WEB");
        assertThat(details.body().at("/customer/supportNeeds").asText()).isEqualTo("Large print");
        assertThat(details.body().at("/deadlines/0/dueOn").asText()).isEqualTo("2026-11-09");
        assertThat(details.body().at("/deadlines/0/flag").asText()).isEqualTo("ON_TRACK");
        assertThat(details.body().at("/openSteps/0/name").asText()).isEqualTo("Triage the contact");
        assertThat(details.body().at("/timeline/0/type").asText()).isEqualTo("RECEIVED");
        assertThat(details.body().at("/timeline/0/actor").asText()).isEqualTo("customer");
        assertThat(details.body().at("/notifications/0/type").asText()).isEqualTo("COMPLAINT_RECEIVED");
    }

    @Test
    void aLetterReceivedOnThursday31DecemberIsDueOnMonday11JanuaryInScotland() {
        at(LocalDate.of(2027, 1, 4));
        ApiClient.Response created = api.post("/api/v1/complaints", LETTER_OF_31_DECEMBER, basic("fran"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("reference").asText()).startsWith("CMP-2026-");
        assertThat(created.body().get("stage").asText()).isEqualTo("STAGE_1");
        assertThat(created.body().at("/currentStep/dueOn").asText()).isEqualTo("2027-01-11");
    }

    @Test
    void badInputAnswers400NamingEveryBadFieldAndStoresNothing() {
        long before = cases.count();
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"service": "swimming",
                 "customer": {"name": " ", "email": "not-an-email", "phone": "call me"},
                 "whatHappened": ""}""", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(response.body()))
                .containsExactlyInAnyOrder(
                        "service", "customer.name", "customer.email", "customer.phone", "whatHappened");
        assertThat(message(response.body(), "customer.email"))
                .isEqualTo("Give an email address such as name@example.com");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void thePublicCannotBackdateTriageOrChooseAChannel() {
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"channel": "PHONE", "service": "housing",
                 "customer": {"name": "Jo", "email": "jo@example.com"},
                 "whatHappened": "x", "receivedAt": "2026-01-01T00:00:00Z",
                 "triage": {"matterType": "COMPLAINT", "serious": true}}""", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).contains("channel", "receivedAt", "triage");
    }

    @Test
    void contactDetailsMustMatchHowTheCustomerWantsToHear() {
        ApiClient.Response response = api.post("/api/v1/complaints", """
                {"service": "housing", "customer": {"name": "Jo", "preferredContact": "PHONE"},
                 "whatHappened": "x"}""", null);
        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.body())).containsExactly("customer.phone");
    }

    @Test
    void unknownFieldsAndValuesAreNamed() {
        ApiClient.Response unknown = api.post("/api/v1/complaints", """
                {"service": "housing", "colour": "red"}""", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown.body())).containsExactly("colour");

        ApiClient.Response badKind = api.post("/api/v1/complaints", """
                {"kind": "RANT", "service": "housing"}""", null);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(fields(badKind.body())).containsExactly("kind");
        assertThat(message(badKind.body(), "kind")).contains("COMPLAINT, COMPLIMENT, COMMENT");

        ApiClient.Response broken = api.post("/api/v1/complaints", "{\"service\": ", null);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().get("detail").asText()).isEqualTo("The request body is not valid JSON");
    }

    @Test
    void staffSeeOnlyTheCasesOfTheirServices() {
        String location = api.post("/api/v1/complaints", PUBLIC_COMPLAINT, null).header("Location");

        assertThat(api.get(location, null).status()).isEqualTo(401);
        ApiClient.Response refused = api.get(location, basic("wendy"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asText()).contains("You do not work for Housing");
        assertThat(api.get(location, basic("olivia")).status()).isEqualTo(200);
        assertThat(api.get(location, basic("max")).status()).isEqualTo(200);
        assertThat(api.get(location, basic("fran")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/complaints/CMP-1999-000001", basic("olivia"))
                        .status())
                .isEqualTo(404);
        ApiClient.Response nowhere =
                api.get("/api/v1/v1/complaints/" + location.substring(location.lastIndexOf('/') + 1), basic("olivia"));
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aCustomerAsksForStage2WithTheEmailAddressOnTheComplaint() {
        at(LocalDate.of(2026, 11, 2));
        String reference = api.post("/api/v1/complaints", """
                {"channel": "PHONE", "service": "housing",
                 "customer": {"name": "Jo Bloggs", "email": "jo@example.com"},
                 "whatHappened": "The lift is broken.", "triage": {"matterType": "COMPLAINT"}}""", basic("fran"))
                .body()
                .get("reference")
                .asText();
        String path = "/api/v1/complaints/" + reference + "/escalation-requests";

        ApiClient.Response tooEarly = api.post(path, "{\"email\": \"jo@example.com\", \"reason\": \"Unhappy\"}", null);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body().get("detail").asText()).contains("not yet given our stage 1 decision");

        frontline.respond(
                taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.NOT_UPHELD, "The lift was repaired.", null, null, null),
                olivia);

        assertThat(api.post(path, "{\"email\": \"someone@example.com\", \"reason\": \"Unhappy\"}", null)
                        .status())
                .isEqualTo(404);
        ApiClient.Response noReason = api.post(path, "{\"email\": \"jo@example.com\"}", null);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason.body())).containsExactly("reason");

        ApiClient.Response accepted =
                api.post(path, "{\"email\": \"jo@example.com\", \"reason\": \"It broke again the next day.\"}", null);
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ESCALATION_REQUESTED");
        assertThat(accepted.body().at("/currentStep/deadline").asText()).isEqualTo("STAGE_2_ACKNOWLEDGEMENT");
        assertThat(accepted.body().at("/currentStep/dueOn").asText()).isEqualTo("2026-11-05");

        assertThat(api.post(path, "{\"email\": \"jo@example.com\", \"reason\": \"Again\"}", null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void repeatedWrongGuessesAtTheEmailAddressAreRefusedForAWhile() {
        at(LocalDate.of(2026, 11, 3), LocalTime.of(9, 0));
        String reference = api.post("/api/v1/complaints", """
                {"channel": "PHONE", "service": "housing",
                 "customer": {"name": "Kim Lowe", "email": "kim@example.com"},
                 "whatHappened": "The bin store is flooded.", "triage": {"matterType": "COMPLAINT"}}""", basic("fran"))
                .body()
                .get("reference")
                .asText();
        frontline.respond(
                taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(Outcome.RESOLVED, "We pumped it out.", null, null, null),
                olivia);
        String path = "/api/v1/complaints/" + reference + "/escalation-requests";
        String right = "{\"email\": \"kim@example.com\", \"reason\": \"It flooded again.\"}";
        for (int guess = 1; guess <= 5; guess++) {
            assertThat(api.post(path, "{\"email\": \"kim" + guess + "@example.com\", \"reason\": \"x\"}", null)
                            .status())
                    .isEqualTo(404);
        }

        ApiClient.Response refused = api.post(path, right, null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(refused.body().get("detail").asText()).contains("too many wrong tries");

        at(LocalDate.of(2026, 11, 3), LocalTime.of(9, 16));
        assertThat(api.post(path, right, null).status()).isEqualTo(202);
    }

    @Test
    void complimentsAndCommentsAreRecordedAndCounted() {
        ApiClient.Response created = api.post("/api/v1/complaints", """
                {"kind": "COMPLIMENT", "service": "waste",
                 "customer": {"name": "Beth Green", "email": "beth@example.com"},
                 "whatHappened": "The crew were very helpful."}""", null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("reference").asText()).startsWith("CPL-");
        assertThat(created.body().get("status").asText()).isEqualTo("RECORDED");
        assertThat(created.body().get("currentStep")).isNull();
        assertThat(instance(created.body().get("reference").asText())).isNull();
    }

    @Test
    void theApiIsDescribed() {
        ApiClient.Response openApi = api.get("/api/openapi", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().at("/paths").has("/api/v1/complaints")).isTrue();
        assertThat(openApi.body().at("/paths").has("/api/v1/complaints/{reference}/escalation-requests"))
                .isTrue();
        assertThat(api.get("/api/docs", null).status()).isEqualTo(302);
        assertThat(api.get("/api/swagger-ui/index.html", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/services", null).body()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(api.get("/api/v1/charter", null).body().toString()).contains("Frontline response");
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    static String message(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        return null;
    }
}
