package org.frontdoor.intake.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The partner API's errors, as RFC 9457 problem details naming each field at fault. Scoped to this package: the
 * web pages keep their own error handling. (Deliberately not a ResponseEntityExceptionHandler: one of those would
 * switch off Spring Boot's application-wide problem details handler.)
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e, HttpServletRequest request) {
        return badRequest(e.errors(), request);
    }

    @ExceptionHandler(ContactNotFound.class)
    ResponseEntity<ProblemDetail> notFound(ContactNotFound e, HttpServletRequest request) {
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No contact with this id or reference was made by your agency"), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return badRequest(List.of(unreadable(e)), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e, HttpServletRequest request) {
        return badRequest(e.getFieldErrors().stream()
                .map(f -> new ApiError(f.getField(), f.getDefaultMessage())).toList(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(List.of(new ApiError(e.getParameterName(), "Required")), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return badRequest(List.of(new ApiError(e.getName(), "Must be " + expected(e.getRequiredType()))), request);
    }

    /** Spring's own errors (wrong method, unacceptable type...) keep their status; anything else is ours, a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse spring) {
            return problem(spring.getBody(), request);
        }
        log.error("Partner API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong: nothing was recorded. Try again later."), request);
    }

    private static ResponseEntity<ProblemDetail> badRequest(List<ApiError> errors, HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nothing was recorded: " + errors.size() + (errors.size() == 1 ? " problem" : " problems")
                        + ", listed in errors");
        body.setProperty("errors", errors);
        return problem(body, request);
    }

    /** Every problem response says it is one, whatever the client asked to accept. */
    private static ResponseEntity<ProblemDetail> problem(ProblemDetail body, HttpServletRequest request) {
        if (body.getInstance() == null) {
            body.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(HttpStatusCode.valueOf(body.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** Names the field Jackson could not read, from where it was when it failed. */
    static ApiError unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof JacksonException jackson)) {
            return new ApiError(null, "Send the contact as a JSON object");
        }
        // Broken JSON is placed by where the parser stopped (a mapping path may stop at the enclosing object);
        // a value of the wrong type by the mapping path.
        StreamReadException broken = cause instanceof StreamReadException s ? s
                : cause.getCause() instanceof StreamReadException s ? s : null;
        String field = null;
        if (broken != null && broken.getProcessor() != null) {
            field = path(broken.getProcessor().getParsingContext());
        } else if (cause instanceof JsonMappingException m) {
            field = path(m.getPath());
        }
        String message;
        if (cause instanceof InvalidFormatException f) {
            message = "Must be " + expected(f.getTargetType());
        } else if (cause instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "Must be " + expected(m.getTargetType());
        } else {
            JacksonException located = broken != null ? broken : jackson;
            var at = located.getLocation();
            message = "The body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": " + located.getOriginalMessage();
        }
        return new ApiError(field == null || field.isEmpty() ? null : field, message);
    }

    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    /** The path to where the parser stopped, e.g. "children[1].dateOfBirth". */
    static String path(@Nullable JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == OffsetDateTime.class) {
            return "a date and time with an offset, like 2026-03-02T09:15:00Z or 2026-03-02T09:15:00+01:00";
        }
        if (type == LocalDate.class) {
            return "a date, like 2016-05-14";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
