package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    @Test
    void phoneNumbersMatchHoweverTheyAreWritten() {
        assertThat(ContactDetails.samePhone("01234 567890", "01234567890")).isTrue();
        assertThat(ContactDetails.samePhone("01234 567890", "(01234) 567-890")).isTrue();
        assertThat(ContactDetails.samePhone("01234 567890", "+44 1234 567890")).isTrue();
        assertThat(ContactDetails.samePhone("+44 (0)1234 567890", "01234 567890"))
                .isTrue();
        assertThat(ContactDetails.samePhone("0044 1234 567890", "01234 567890")).isTrue();
        assertThat(ContactDetails.samePhone("01234 567890", "01234 567891")).isFalse();
        assertThat(ContactDetails.samePhone("01234 567890", "567890")).isFalse();
        assertThat(ContactDetails.samePhone(null, "")).isFalse();
        assertThat(ContactDetails.samePhone("", "")).isFalse();
    }

    @Test
    void thePostcodeIsTheLastOneInTheAddress() {
        assertThat(ContactDetails.postcodeOf("1 High Street\nAnytown\nab1 2cd")).contains("AB1 2CD");
        assertThat(ContactDetails.postcodeOf("Flat 2, 10 Low Road, London SW1A1AA"))
                .contains("SW1A 1AA");
        assertThat(ContactDetails.postcodeOf("Moved from M1 1AE to EH1 1YZ")).contains("EH1 1YZ");
        assertThat(ContactDetails.postcodeOf("1 High Street, Anytown")).isEmpty();
        assertThat(ContactDetails.postcodeOf(null)).isEmpty();
    }

    @Test
    void onlyTheWholePostcodeMatches() {
        assertThat(ContactDetails.samePostcode("AB1 2CD", "ab12cd")).isTrue();
        assertThat(ContactDetails.samePostcode("AB1 2CD", " AB1 2CD ")).isTrue();
        assertThat(ContactDetails.samePostcode("AB1 2CD", "AB1")).isFalse();
        assertThat(ContactDetails.samePostcode("AB1 2CD", "AB1 2CE")).isFalse();
        assertThat(ContactDetails.samePostcode("AB1 2CD", "XAB1 2CD")).isFalse();
        assertThat(ContactDetails.samePostcode("AB1 2CD", null)).isFalse();
    }
}
