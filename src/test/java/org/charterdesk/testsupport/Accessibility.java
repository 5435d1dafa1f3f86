package org.charterdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Deque's axe-core, run in the page as it stands, against WCAG 2.2 A and AA. A violation of serious or critical
 * impact fails the test; moderate and minor ones are printed in the test output ("[axe]" lines) to be fixed.
 */
public final class Accessibility {

    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {}

    /** Checks the page as it is now; {@code where} names it in the output. */
    public static void check(Page page, String where) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getErrorMessage()).as("axe ran on " + where).isNull();
        assertThat(results.getPasses()).as("axe checked something on " + where).isNotEmpty();
        List<Rule> violations = results.getViolations();
        violations.stream()
                .filter(rule -> !FAILING.contains(rule.getImpact()))
                .forEach(rule -> System.out.println("[axe] " + where + ": " + describe(rule, rule.getNodes())));
        List<String> failing = violations.stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .map(rule -> describe(rule, realTargets(rule)))
                .filter(description -> !description.isEmpty())
                .toList();
        assertThat(failing)
                .as("serious or critical accessibility violations on " + where)
                .isEmpty();
    }

    /**
     * The nodes that count. A grid's body cell is focusable so that the keyboard can move through the list; axe
     * then counts the cell as a target "obscured" by the link or buttons inside it, which are the real targets and
     * are checked themselves. Those cells are printed, not failed.
     */
    private static List<CheckedNode> realTargets(Rule rule) {
        if (!"target-size".equals(rule.getId())) {
            return rule.getNodes();
        }
        return rule.getNodes().stream()
                .filter(node -> {
                    boolean gridCell =
                            node.getHtml().startsWith("<td") && node.getHtml().contains("role=\"gridcell\"");
                    if (gridCell) {
                        System.out.println("[axe] a grid cell holding its own targets: " + node.getTarget());
                    }
                    return !gridCell;
                })
                .toList();
    }

    private static String describe(Rule rule, List<CheckedNode> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        String where = nodes.stream()
                .limit(5)
                .map(node -> node.getTarget() + " " + node.getHtml() + " " + node.getFailureSummary())
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + where;
    }
}
