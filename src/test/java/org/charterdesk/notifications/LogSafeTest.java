package org.charterdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void aMailServersRefusalKeepsItsReasonButLosesTheAddresses() {
        String refusal = "Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: "
                + "550 5.1.1 <pat.jones+repairs@example.co.uk>... User unknown (to: sam@example.com)";
        assertThat(LogSafe.withoutAddresses(refusal))
                .isEqualTo("Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: "
                        + "550 5.1.1 <[address]>... User unknown (to: [address])");
    }

    @Test
    void textWithoutAddressesIsUnchanged() {
        assertThat(LogSafe.withoutAddresses("Connection refused")).isEqualTo("Connection refused");
        assertThat(LogSafe.withoutAddresses(null)).isNull();
    }
}
