package org.charterdesk.actionplans;

import java.util.List;

/** The shape of the standard's file: criteria, their sub-criteria, and each sub-criterion's elements. */
record CseStandardFile(List<Criterion> criteria) {

    record Criterion(int number, String name, List<SubCriterion> subCriteria) {}

    record SubCriterion(String code, String name, List<String> elements) {}
}
