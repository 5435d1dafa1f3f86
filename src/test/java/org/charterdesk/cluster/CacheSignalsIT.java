package org.charterdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.charterdesk.administration.CouncilAdministration;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.complaints.LetterWordings;
import org.charterdesk.testsupport.Councils;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What administrators change on screen and each node keeps in memory (closure days, letters' wording, the council's
 * details) reaches the other nodes of a cluster: a second node's signals, on the same PostgreSQL, hear each change
 * once it commits, and this node forgets its closure days when another node says they changed.
 */
class CacheSignalsIT extends IntegrationTestBase {

    private static final LocalDate DAY = LocalDate.of(2031, 6, 4);
    private static final String BURST = "burst";

    @Autowired
    DataSource dataSource;

    @Autowired
    ClosureDays closureDays;

    @Autowired
    LetterWordings wordings;

    @Autowired
    CouncilAdministration council;

    @Autowired
    CouncilProperties councilProperties;

    private NodeSignals otherNode;
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void startAnotherNode() {
        // Earlier tests' signals go out first, so that what the other node hears is this test's.
        Waiting.pause(Duration.ofSeconds(1));
        otherNode = new NodeSignals(dataSource);
        for (String topic : new String[] {"closure-days", "letter-wording", "council-details"}) {
            otherNode.subscribe(topic, payload -> heard.add(topic));
        }
        otherNode.subscribe(BURST, payload -> heard.add(BURST + ":" + payload));
        otherNode.start();
        Waiting.pause(Duration.ofMillis(500));
    }

    @AfterEach
    void stopIt() {
        otherNode.stop();
        closureDays.remove(DAY);
        LetterWordings.Words words = wordings.words("letter.receipt", Language.ENGLISH, admin);
        if (words.councilsOwn()) {
            wordings.putBack("letter.receipt", Language.ENGLISH, words.revision(), admin);
        }
        council.putBack(admin);
    }

    @Test
    void eachChangeOnScreenIsHeardByTheOtherNodes() throws InterruptedException {
        closureDays.add(DAY, "Signal test");
        assertThat(hears("closure-days")).isTrue();

        int revision = wordings.words("letter.receipt", Language.ENGLISH, admin).revision();
        wordings.save("letter.receipt", Language.ENGLISH, "Your reference is {0}.", revision, admin);
        assertThat(hears("letter-wording")).isTrue();

        CouncilAdministration.Opened opened = council.open(admin);
        CouncilProperties.Details d = opened.details();
        council.save(Councils.withPhone(d, "0300 555 0101"), opened.version(), admin);
        assertThat(hears("council-details")).isTrue();
    }

    /** Whether the other node hears a signal on the topic within 5 seconds (earlier tests' signals may come first). */
    private boolean hears(String topic) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < giveUp) {
            if (topic.equals(heard.poll(100, TimeUnit.MILLISECONDS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A thousand warnings for one officer in the same moment (at-risk timers falling due together) each ring their
     * bell; the other nodes need to hear "look again" once a batch, not a thousand times, each its own commit.
     */
    @Test
    void aBurstOfTheSameSignalIsSentOnceABatchAndNothingIsLost() {
        NodeSignals sender = new NodeSignals(dataSource);
        sender.start();
        try {
            for (int i = 0; i < 1_000; i++) {
                sender.publish(BURST, "olivia");
            }
            sender.publish(BURST, "harry");
            Waiting.waitFor(() -> heard.contains(BURST + ":harry"), Duration.ofSeconds(10));
            Waiting.pause(Duration.ofMillis(500));
        } finally {
            sender.stop();
        }
        long olivia = heard.stream().filter((BURST + ":olivia")::equals).count();
        long harry = heard.stream().filter((BURST + ":harry")::equals).count();
        System.out.printf("1,000 signals for one bell and one for another: heard %d and %d%n", olivia, harry);
        assertThat(harry).isEqualTo(1);
        assertThat(olivia).isBetween(1L, 50L);
    }

    @Test
    void thisNodeForgetsItsClosureDaysWhenAnotherNodeChangesThem() {
        assertThat(closureDays.isClosed(DAY)).isFalse();
        jdbc.update("insert into closure_day (closed_on, description) values (?, ?)", DAY, "Added by another node");
        assertThat(closureDays.isClosed(DAY)).as("still the remembered days").isFalse();

        otherNode.publish("closure-days", "");
        Waiting.waitFor(() -> closureDays.isClosed(DAY), Duration.ofSeconds(5));
        assertThat(closureDays.isClosed(DAY)).isTrue();
    }
}
