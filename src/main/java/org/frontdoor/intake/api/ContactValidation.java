package org.frontdoor.intake.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.frontdoor.intake.ContactRules;
import org.frontdoor.intake.FieldProblem;
import org.frontdoor.intake.NewContact;
import org.springframework.stereotype.Component;

/**
 * Every problem with a request at once: the request's own constraints and the rules every contact meets. Where both
 * flag the same field (or one flags a field inside the other's), the rules' message wins: it is the one the web form
 * shows too.
 */
@Component
class ContactValidation {

    private final Validator validator;
    private final ContactRules rules;
    private final Clock clock;

    ContactValidation(Validator validator, ZoneId zone, Clock clock) {
        this.validator = validator;
        this.rules = new ContactRules(zone);
        this.clock = clock;
    }

    List<ApiError> check(ContactRequest request, NewContact contact) {
        List<ApiError> errors = new ArrayList<>(toApi(rules.check(contact, clock.instant()), request));
        for (ConstraintViolation<ContactRequest> v : validator.validate(request)) {
            String field = path(v.getPropertyPath());
            if (errors.stream().noneMatch(e -> overlaps(e.field(), field))) {
                errors.add(new ApiError(field, v.getMessage()));
            }
        }
        return errors;
    }

    static List<ApiError> toApi(List<FieldProblem> problems, ContactRequest request) {
        return problems.stream()
                .map(p -> new ApiError(ContactMapping.apiField(p.field(), request), p.message()))
                .distinct().toList();
    }

    /** "children[0].firstName" from Bean Validation's path, whose list indexes sit on the node after the list. */
    static String path(Path path) {
        StringBuilder s = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getIndex() != null) {
                s.append('[').append(n.getIndex()).append(']');
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(n.getName());
            }
        }
        return s.toString();
    }

    private static boolean overlaps(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }
}
