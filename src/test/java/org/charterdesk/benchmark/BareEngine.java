package org.charterdesk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;

/**
 * The peer of Charterdesk's own benchmarks: a bare Camunda engine (its own connection pool, full history, as the
 * application's) on a database of the same PostgreSQL, running the same {@code complaint.bpmn} and triage table
 * with no-op beans for the application's expressions, and the same variables, driven through the same steps.
 * What Charterdesk adds beyond it (the case, deadlines, timeline, outbox, task-list rows, audit, checks) is the
 * difference between the two.
 */
final class BareEngine implements AutoCloseable {

    private static final Path PROCESSES = Path.of("processes");

    private final ProcessEngine engine;
    private final Map<String, String> businessKeys = new HashMap<>();
    private int started;

    BareEngine(String jdbcUrl) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare");
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setCmmnEnabled(false);
        configuration.setBeans(Map.of(
                "deadlineDates", new NoOpDates(),
                "deadlineWarnings", new NoOpProcedure(),
                "complaintProcess", new NoOpProcedure(),
                "procedureFacts", new NoOpFacts()));
        engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment =
                engine.getRepositoryService().createDeployment().name("bare");
        for (String file : new String[] {"complaint.bpmn", "complaint-triage.dmn"}) {
            try (InputStream in = Files.newInputStream(PROCESSES.resolve(file))) {
                deployment.addString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
    }

    /** A complaint from the public form: the process started with the variables the application gives it. */
    String receive() {
        String businessKey = "BARE-" + (++started);
        Map<String, Object> variables = new HashMap<>();
        variables.put("serviceCode", "housing");
        variables.put("matterType", null);
        variables.put("complex", false);
        variables.put("serious", false);
        variables.put("highRisk", false);
        String instance = engine.getRuntimeService()
                .startProcessInstanceByKey("complaint", businessKey, variables)
                .getId();
        businessKeys.put(instance, businessKey);
        return instance;
    }

    /** Stage 1 after receipt: triaged as a complaint, the response claimed and sent (which closes the case). */
    void triageClaimAndRespond(String processInstance, String officer) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("matterType", "COMPLAINT");
        facts.put("complex", false);
        facts.put("serious", false);
        facts.put("highRisk", false);
        engine.getTaskService()
                .complete(openTask(processInstance, "TriageContact").getId(), facts);
        Task respond = openTask(processInstance, "RespondAtFrontline");
        engine.getTaskService().claim(respond.getId(), officer);
        engine.getTaskService()
                .complete(respond.getId(), Map.of("frontlineAction", "RESPOND", "outcome", "NOT_UPHELD"));
    }

    /**
     * The stage 2 path after stage 1 is closed: the customer's request correlated by business key, as the
     * application does; the request approved by a manager; stage 2 acknowledged and investigated by an officer; the
     * final response (upheld) signed off by another manager; each step claimed by whoever completes it.
     */
    void escalateAndAnswerAtStage2(String processInstance, String officer, String manager) {
        engine.getRuntimeService()
                .createMessageCorrelation("EscalationRequested")
                .processInstanceBusinessKey(businessKeys.get(processInstance))
                .correlate();
        claimAndComplete(processInstance, "DecideEscalation", manager, Map.of("escalationApproved", true));
        claimAndComplete(processInstance, "AcknowledgeStage2", officer, Map.of());
        claimAndComplete(
                processInstance,
                "Investigate",
                officer,
                Map.of("investigationAction", "SUBMIT_RESPONSE", "outcome", "UPHELD"));
        claimAndComplete(processInstance, "SignOffFinalResponse", manager, Map.of("signedOff", true));
    }

    private void claimAndComplete(String processInstance, String step, String who, Map<String, Object> variables) {
        String task = openTask(processInstance, step).getId();
        engine.getTaskService().claim(task, who);
        engine.getTaskService().complete(task, variables);
    }

    /** Whether the process has ended, as the application's does once the final response is sent. */
    boolean ended(String processInstance) {
        return engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(processInstance)
                        .count()
                == 0;
    }

    /** Whether the process waits where the application's does once stage 1 is closed: for a stage 2 request. */
    boolean awaitsCustomer(String processInstance) {
        return engine.getRuntimeService().getActiveActivityIds(processInstance).contains("AwaitCustomer");
    }

    private Task openTask(String processInstance, String step) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstance)
                .taskDefinitionKey(step)
                .singleResult();
    }

    @Override
    public void close() {
        engine.close();
    }

    /** Every date the process asks for: a week from the engine's clock. */
    public static final class NoOpDates {

        private static Date inAWeek() {
            return new Date(
                    ClockUtil.getCurrentTime().getTime() + Duration.ofDays(7).toMillis());
        }

        public Date due(DelegateExecution execution, String kind) {
            return inAWeek();
        }

        public Date atRisk(DelegateExecution execution, String kind) {
            return inAWeek();
        }

        public Date breach(DelegateExecution execution, String kind) {
            return inAWeek();
        }

        public Date answerDue(DelegateExecution execution) {
            return inAWeek();
        }

        public Date escalationWindowEnds(DelegateExecution execution) {
            return inAWeek();
        }
    }

    /** The procedure's and the warnings' service tasks, doing nothing. */
    public static final class NoOpProcedure {

        public void startStage1(DelegateExecution execution) {}

        public void startStage2(DelegateExecution execution) {}

        public void sendDecision(DelegateExecution execution, String stage) {}

        public void restartClock(DelegateExecution execution, String stage) {}

        public void recordApology(DelegateExecution execution, String stage) {}

        public void moveResponseDeadline(DelegateExecution execution, String stage) {}

        public void noAnswer(DelegateExecution execution) {}

        public void close(DelegateExecution execution) {}

        public void closeForNoAnswer(DelegateExecution execution) {}

        public void closeAsNotAComplaint(DelegateExecution execution) {}

        public void closeAsWithdrawn(DelegateExecution execution) {}

        public void declineEscalation(DelegateExecution execution) {}

        public void escalationWindowClosed(DelegateExecution execution) {}

        public void atRisk(DelegateExecution execution, String kind) {}

        public void breached(DelegateExecution execution, String kind) {}
    }

    /** The charter's fact the process asks: the council's model does not acknowledge at stage 1 (Scotland's). */
    public static final class NoOpFacts {

        public boolean acknowledgesAtStage1(DelegateExecution execution) {
            return false;
        }
    }
}
