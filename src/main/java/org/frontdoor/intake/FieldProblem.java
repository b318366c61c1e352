package org.frontdoor.intake;

/** One thing wrong with a contact, against the field it concerns (e.g. "subjects[1].dateOfBirth"). */
public record FieldProblem(String field, String message) {
}
