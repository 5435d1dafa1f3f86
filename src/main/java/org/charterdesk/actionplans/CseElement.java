package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One element of the Customer Service Excellence standard, under its criterion and sub-criterion. */
@Entity
@Table(name = "cse_element")
public class CseElement {

    @Id
    private String code;

    private int criterion;
    private String criterionName;
    private String subCriterion;
    private String subCriterionName;
    private String text;
    private int sortOrder;

    protected CseElement() {}

    CseElement(
            String code,
            int criterion,
            String criterionName,
            String subCriterion,
            String subCriterionName,
            String text,
            int sortOrder) {
        this.code = code;
        this.criterion = criterion;
        this.criterionName = criterionName;
        this.subCriterion = subCriterion;
        this.subCriterionName = subCriterionName;
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public int getCriterion() {
        return criterion;
    }

    public String getCriterionName() {
        return criterionName;
    }

    public String getSubCriterion() {
        return subCriterion;
    }

    public String getSubCriterionName() {
        return subCriterionName;
    }

    public String getText() {
        return text;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
