package org.charterdesk.scorecard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.validation.PlainText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Council-wide satisfaction surveys: imported from a file of responses (one row per respondent, one column per
 * question) with each question's scale, checked whole before anything is kept (a bad row is refused with its number),
 * and shown question by question beside the survey before. A measure that takes its figure from a survey question
 * gets it on import. Each respondent's answers are only counted, never kept.
 */
@Service
public class CouncilSurveys {

    /** The most respondents one file may hold. */
    static final int MAX_ROWS = 100_000;

    private final CouncilSurveyRepository surveys;
    private final CouncilSurveyQuestionRepository questions;
    private final Measures measures;
    private final MeasureFigureRepository figures;
    private final InputRules rules;
    private final AuditLog audit;
    private final Clock clock;

    CouncilSurveys(
            CouncilSurveyRepository surveys,
            CouncilSurveyQuestionRepository questions,
            Measures measures,
            MeasureFigureRepository figures,
            InputRules rules,
            AuditLog audit,
            Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.measures = measures;
        this.figures = figures;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** Administrators and the corporate lead run the council-wide survey. */
    public static boolean mayImport(StaffMember member) {
        return member.administrator() || member.corporateLead();
    }

    /** The running totals of one question's answers while the file is read. */
    private static final class Tally {
        int answered;
        long total;
        int satisfied;
    }

    @Transactional
    public SurveySummary importSurvey(StaffMember member, SurveyImport input) {
        if (!mayImport(member)) {
            throw new AccessDeniedException("Only administrators and the corporate lead import the council's survey");
        }
        checkDetails(input);
        List<SurveyQuestionScale> scales = scales(input.scales());
        Map<String, Tally> tallies = scales.stream()
                .collect(
                        Collectors.toMap(SurveyQuestionScale::code, s -> new Tally(), (a, b) -> a, LinkedHashMap::new));
        int respondents = read(input.responses(), scales, tallies);
        if (respondents > input.invited()) {
            throw InvalidInputException.of(
                    "invited",
                    "The file has " + respondents + " respondents: more than the " + input.invited()
                            + " people invited");
        }
        CouncilSurvey survey = surveys.save(new CouncilSurvey(
                input.name().strip(),
                input.periodStart(),
                input.periodEnd(),
                input.invited(),
                respondents,
                member.username(),
                clock.instant()));
        for (int i = 0; i < scales.size(); i++) {
            SurveyQuestionScale scale = scales.get(i);
            Tally t = tallies.get(scale.code());
            questions.save(new CouncilSurveyQuestion(survey.getId(), scale, t.answered, t.total, t.satisfied, i));
        }
        recordMeasures(member, survey);
        audit.recordChange(
                member.username(),
                null,
                "Imported the survey '" + survey.getName() + "': " + respondents + " respondents of "
                        + survey.getInvited() + " invited, " + scales.size() + " questions");
        return SurveySummary.of(survey);
    }

    @Transactional(readOnly = true)
    public List<SurveySummary> all() {
        return surveys.findAllByOrderByPeriodEndDescIdDesc().stream()
                .map(SurveySummary::of)
                .toList();
    }

    /** Each question's result, beside the same question (by its code) in the survey that ended before this one. */
    @Transactional(readOnly = true)
    public List<SurveyResult> results(Long surveyId) {
        CouncilSurvey survey = surveys.findById(surveyId)
                .orElseThrow(() -> InvalidInputException.of("survey", "There is no such survey"));
        Optional<CouncilSurvey> previous = surveys.findAllByOrderByPeriodEndDescIdDesc().stream()
                .filter(s -> s.getPeriodEnd().isBefore(survey.getPeriodEnd()))
                .findFirst();
        Map<String, CouncilSurveyQuestion> before = previous.map(
                        p -> questions.findBySurveyIdOrderBySortOrder(p.getId()).stream()
                                .collect(Collectors.toMap(CouncilSurveyQuestion::getCode, Function.identity())))
                .orElse(Map.of());
        return questions.findBySurveyIdOrderBySortOrder(surveyId).stream()
                .map(q -> {
                    CouncilSurveyQuestion b = before.get(q.getCode());
                    return new SurveyResult(
                            q.getCode(),
                            q.getWording(),
                            q.getScaleMin() + " to " + q.getScaleMax(),
                            q.getAnswered(),
                            percent(q.getAnswered(), survey.getInvited()),
                            average(q),
                            percent(q.getSatisfied(), q.getAnswered()),
                            b == null ? null : average(b),
                            b == null ? null : percent(b.getSatisfied(), b.getAnswered()));
                })
                .toList();
    }

    /** Each survey measure whose question the survey asked gets its figure for the quarter the survey ended in. */
    private void recordMeasures(StaffMember member, CouncilSurvey survey) {
        Map<String, CouncilSurveyQuestion> asked = questions.findBySurveyIdOrderBySortOrder(survey.getId()).stream()
                .collect(Collectors.toMap(CouncilSurveyQuestion::getCode, Function.identity()));
        for (Measure measure : measures.all()) {
            CouncilSurveyQuestion q = asked.get(measure.getSurveyQuestion());
            if (measure.getSource() != Source.SURVEY || q == null) {
                continue;
            }
            BigDecimal figure =
                    measure.getUnit() == Unit.PERCENT ? percent(q.getSatisfied(), q.getAnswered()) : average(q);
            var start = measure.getFrequency().startOf(survey.getPeriodEnd());
            MeasureFigure f = figures.findByMeasureIdAndPeriodStart(measure.getId(), start)
                    .orElseGet(() -> new MeasureFigure(
                            measure.getId(), start, measure.getFrequency().endOf(start)));
            f.enter(figure, "From the survey '" + survey.getName() + "'", null, member.username(), clock.instant());
            f.lock();
            figures.save(f);
        }
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(CouncilSurveyQuestion q) {
        return q.getAnswered() == 0
                ? null
                : BigDecimal.valueOf(q.getAnswerTotal())
                        .divide(BigDecimal.valueOf(q.getAnswered()), 2, RoundingMode.HALF_UP);
    }

    private void checkDetails(SurveyImport input) {
        String name = InputRules.stripToNull(input.name());
        rules.check(input.name())
                .rule(name == null, "name", "Give the survey's name")
                .rule(name != null && name.length() > 200, "name", "Keep the name to 200 characters")
                .text("name", input.name())
                .rule(input.periodStart() == null, "periodStart", "Give the first day of the survey")
                .rule(input.periodEnd() == null, "periodEnd", "Give the last day of the survey")
                .rule(
                        input.periodStart() != null
                                && input.periodEnd() != null
                                && input.periodEnd().isBefore(input.periodStart()),
                        "periodEnd",
                        "The survey cannot end before it starts")
                .rule(input.invited() == null || input.invited() < 1, "invited", "Give how many people were invited")
                .rule(
                        input.responses() == null || input.responses().length == 0,
                        "file",
                        "Choose the file of responses")
                .orThrow();
    }

    /** The scales, one line each: code, wording, lowest, highest, lowest satisfied; refused by line number. */
    private static List<SurveyQuestionScale> scales(String text) {
        List<SurveyQuestionScale> scales = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                new StringReader(text == null ? "" : text),
                CSVFormat.DEFAULT
                        .builder()
                        .setTrim(true)
                        .setIgnoreEmptyLines(true)
                        .get())) {
            for (CSVRecord line : parser) {
                int n = (int) line.getRecordNumber();
                try {
                    if (line.size() != 5) {
                        throw new IllegalArgumentException("give code, wording, lowest, highest, lowest satisfied");
                    }
                    int min = Integer.parseInt(line.get(2));
                    int max = Integer.parseInt(line.get(3));
                    int from = Integer.parseInt(line.get(4));
                    if (min >= max
                            || from < min
                            || from > max
                            || line.get(0).isEmpty()
                            || PlainText.hasForbiddenCharacters(line.get(1))) {
                        throw new IllegalArgumentException(
                                "the scale must run from low to high, with satisfied inside it");
                    }
                    if (scales.stream().anyMatch(s -> s.code().equals(line.get(0)))) {
                        throw new IllegalArgumentException("'" + line.get(0) + "' is given twice");
                    }
                    scales.add(new SurveyQuestionScale(line.get(0), line.get(1), min, max, from));
                } catch (IllegalArgumentException e) {
                    problems.add("Line " + n + ": "
                            + (e instanceof NumberFormatException ? "the scale must be whole numbers" : e.getMessage())
                            + ".");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add("The scales cannot be read.");
        }
        if (scales.isEmpty() && problems.isEmpty()) {
            problems.add("Give a line for each question.");
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("scales", String.join(" ", problems));
        }
        return scales;
    }

    /** Counts the responses into the tallies; refuses the whole file, by row number, if any answer is off its scale. */
    private static int read(byte[] file, List<SurveyQuestionScale> scales, Map<String, Tally> tallies) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setTrim(true)
                .get();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (SurveyQuestionScale scale : scales) {
                if (!parser.getHeaderNames().contains(scale.code())) {
                    throw InvalidInputException.of(
                            "file", "The file has no column '" + scale.code() + "' for the question it is given for");
                }
            }
            List<String> problems = new ArrayList<>();
            int rows = 0;
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MAX_ROWS) {
                    throw InvalidInputException.of("file", "The file has more than " + MAX_ROWS + " rows");
                }
                tally(record, scales, tallies, problems);
                if (problems.size() > 10) {
                    break;
                }
            }
            if (!problems.isEmpty()) {
                throw InvalidInputException.of("file", "Nothing was imported. " + String.join(" ", problems));
            }
            if (rows == 0) {
                throw InvalidInputException.of("file", "The file has no responses");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw e instanceof InvalidInputException invalid
                    ? invalid
                    : InvalidInputException.of(
                            "file", "This is not a CSV file Charterdesk can read: " + e.getMessage());
        }
    }

    private static void tally(
            CSVRecord record, List<SurveyQuestionScale> scales, Map<String, Tally> tallies, List<String> problems) {
        int row = (int) record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            problems.add("Row " + row + ": it does not have the same number of columns as the first row.");
            return;
        }
        for (SurveyQuestionScale scale : scales) {
            String answer = record.get(scale.code());
            if (answer.isEmpty()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(answer);
            } catch (NumberFormatException e) {
                value = Integer.MIN_VALUE;
            }
            if (value < scale.min() || value > scale.max()) {
                problems.add("Row " + row + ": '" + answer + "' in column " + scale.code()
                        + " is not an answer on its scale of " + scale.min() + " to " + scale.max() + ".");
                continue;
            }
            Tally t = tallies.get(scale.code());
            t.answered++;
            t.total += value;
            if (value >= scale.satisfiedFrom()) {
                t.satisfied++;
            }
        }
    }
}
