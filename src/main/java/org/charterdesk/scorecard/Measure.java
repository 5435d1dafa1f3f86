package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * What is counted for a charter standard ("share of calls answered within 20 seconds"), in what unit, against what
 * target (and whether higher or lower is better), with the tolerance that makes a miss amber rather than red, how
 * often, by which service (none: the whole council), and where its figures come from.
 */
@Entity
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String name;
    private String standardName;
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    private BigDecimal target;
    private boolean higherIsBetter;
    private BigDecimal tolerance;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Enumerated(EnumType.STRING)
    private Source source;

    @Enumerated(EnumType.STRING)
    private ComputedFigure computedFigure;

    private String csvPeriodColumn;
    private String csvValueColumn;
    private String surveyQuestion;
    private boolean published;
    private int sortOrder;

    protected Measure() {}

    Measure(MeasureDefinition d, int sortOrder) {
        change(d);
        this.sortOrder = sortOrder;
    }

    /** Takes the definition's words, target and sources; the code, once given, never changes. */
    void change(MeasureDefinition d) {
        if (code == null) {
            this.code = d.code().strip();
        }
        this.name = d.name().strip();
        this.standardName = d.standard();
        this.serviceCode = d.service();
        this.unit = d.unit();
        this.target = d.target();
        this.higherIsBetter = d.higherIsBetter();
        this.tolerance = d.tolerance();
        this.frequency = d.frequency();
        this.source = d.source();
        this.computedFigure = d.computed();
        this.csvPeriodColumn = d.csvPeriodColumn();
        this.csvValueColumn = d.csvValueColumn();
        this.surveyQuestion = d.surveyQuestion();
        this.published = d.published();
    }

    /** The measure as screens and reports show it. */
    public MeasureSummary summary() {
        return new MeasureSummary(
                id,
                code,
                name,
                standardName,
                serviceCode,
                unit,
                target,
                higherIsBetter,
                tolerance,
                frequency,
                source,
                csvPeriodColumn,
                csvValueColumn,
                surveyQuestion,
                published);
    }

    /** How a figure stands against this measure's target. */
    public Rag rag(BigDecimal figure) {
        return Rag.of(figure, target, tolerance, higherIsBetter);
    }

    /** The target as a reader sees it: "at least 80%", "at most 5 days". */
    public String targetText() {
        return (higherIsBetter ? "at least " : "at most ") + unit.format(target);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getStandardName() {
        return standardName;
    }

    /** The owning service's code, or null for a measure of the whole council. */
    public String getServiceCode() {
        return serviceCode;
    }

    public Unit getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public Source getSource() {
        return source;
    }

    public ComputedFigure getComputedFigure() {
        return computedFigure;
    }

    public String getCsvPeriodColumn() {
        return csvPeriodColumn;
    }

    public String getCsvValueColumn() {
        return csvValueColumn;
    }

    /** The code of the survey question this measure takes its figure from, or null. */
    public String getSurveyQuestion() {
        return surveyQuestion;
    }

    public boolean isPublished() {
        return published;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
