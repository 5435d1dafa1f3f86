package org.charterdesk.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import org.charterdesk.complaints.CharterFlag;
import org.junit.jupiter.api.Test;

class StatusBadgeTest {

    @Test
    void atRiskIsAmberWithItsWordsAndReadableText() {
        Span badge = StatusBadge.of(CharterFlag.AT_RISK);
        assertThat(badge.getText()).isEqualTo("At risk");
        assertThat(badge.getStyle().get("background-color")).isEqualTo(StatusBadge.AMBER);
        assertThat(badge.getElement().getAttribute("theme")).doesNotContain("contrast");
        assertThat(StatusBadge.style(CharterFlag.AT_RISK)).contains(StatusBadge.AMBER, StatusBadge.AMBER_TEXT);
        assertThat(contrast(StatusBadge.AMBER, StatusBadge.AMBER_TEXT)).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void onTrackAndOverdueKeepLumosGreenAndRed() {
        assertThat(StatusBadge.theme(CharterFlag.ON_TRACK)).isEqualTo("badge success");
        assertThat(StatusBadge.theme(CharterFlag.OVERDUE)).isEqualTo("badge error primary");
        assertThat(StatusBadge.style(CharterFlag.OVERDUE)).isEmpty();
    }

    /** WCAG 2.2's contrast ratio of two "#rrggbb" colours. */
    private static double contrast(String one, String two) {
        double a = luminance(one);
        double b = luminance(two);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
