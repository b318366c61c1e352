package org.frontdoor.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo world as CSV lines for PostgreSQL's COPY, table by table in the order their foreign keys need. Lines
 * are made as they are read, so a contact's text exists only while it is being written.
 */
final class DemoCsv {

    record Table(String name, String columns, Stream<String> lines) {
    }

    private DemoCsv() {
    }

    static List<Table> tables(DemoWorld world) {
        return List.of(
                new Table("person", "id, first_name, last_name, other_names, date_of_birth, sex, ethnicity, nhs_number, "
                        + "first_language, address, postcode, created_at, created_by",
                        world.people().stream().map(DemoCsv::person)),
                new Table("relationship", "id, person_id, related_person_id, relationship, lives_with, created_at, "
                        + "created_by", world.relationships().stream().map(DemoCsv::relationship)),
                new Table("contact", "id, received_at, recorded_at, recorded_by, source_code, referrer_name, "
                        + "referrer_agency, referrer_role, referrer_phone, referrer_email, worries, immediate_danger, "
                        + "route, referrer_actions, partner_agency, partner_reference, father_not_known_reason, "
                        + "consent, consent_given_by, consent_given_at, consent_reason, consent_authorised_by",
                        world.contacts().stream().map(DemoCsv::contact)),
                new Table("contact_subject", "id, contact_id, role, first_name, last_name, date_of_birth, sex, "
                        + "nhs_number, postcode, care_leaver, person_id, linked_by, linked_at, decision_due_at",
                        world.contacts().stream().flatMap(c -> c.subjects().stream()).map(DemoCsv::subject)),
                new Table("consent_override", "contact_id, reason, manager, overridden_at", world.contacts().stream()
                        .filter(c -> c.consentOverriddenAt() != null).map(DemoCsv::consentOverride)),
                new Table("referral", "id, person_id, contact_subject_id, referred_at, source_code, created_at, "
                        + "created_by", referrals(world)));
    }

    private static String person(DemoPerson p) {
        return line(p.id(), p.firstName(), p.lastName(), p.otherNames(), p.dateOfBirth(), p.sex(), p.ethnicity(),
                p.nhsNumber(), p.firstLanguage(), p.home().address(), p.home().postcode(), p.createdAt(),
                p.createdBy());
    }

    private static String relationship(DemoRelationship r) {
        return line(r.id(), r.personId(), r.relatedPersonId(), r.type(), r.livesWith(), r.createdAt(), r.createdBy());
    }

    private static String contact(DemoContact c) {
        DemoContact.Written written = c.write();
        Referrers.Referrer referrer = written.referrer();
        Consents.Details consent = written.consent();
        Routes.Route route = c.route();
        return line(c.id(), c.receivedAt(), c.recordedAt(), c.recordedBy(), c.source().code(), referrer.name(),
                referrer.agency(), referrer.role(), referrer.phone(), referrer.email(), written.worries(),
                c.immediateDanger(), route.route(), written.actions(), route.partnerAgency(), route.partnerReference(),
                written.fatherNotKnown(), c.consent().column(), consent.givenBy(), consent.givenAt(), consent.reason(),
                consent.authorisedBy());
    }

    private static String subject(DemoSubject s) {
        return line(s.id(), s.contactId(), s.role(), s.firstName(), s.lastName(), s.dateOfBirth(), s.sex(),
                s.nhsNumber(), s.postcode(), s.careLeaver(), s.personId(), s.linkedBy(), s.linkedAt(),
                s.decisionDueAt());
    }

    private static String consentOverride(DemoContact c) {
        Consents.Override override = c.consentOverride();
        return line(c.id(), override.reason(), override.manager(), override.at());
    }

    /** A referral of each child referred, numbered in the order of their contacts; children come first. */
    private static Stream<String> referrals(DemoWorld world) {
        long[] ids = {0};
        return world.contacts().stream().filter(c -> c.referredAt() != null).flatMap(c -> {
            Stream.Builder<String> lines = Stream.builder();
            for (int i = 0; i < c.children().size(); i++) {
                if ((c.childrenReferred() & 1 << i) != 0) {
                    lines.add(line(++ids[0], c.children().get(i).id(), c.firstSubjectId() + i, c.referredAt(),
                            c.source().code(), c.referredAt(), c.recordedBy()));
                }
            }
            return lines.build();
        });
    }

    /** One CSV line: null as nothing (COPY's null), text quoted when it must be, booleans as t and f. */
    static String line(Object... values) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value instanceof String s) {
                text(line, s);
            } else if (value instanceof Instant instant) {
                timestamp(line, instant);
            } else if (value instanceof Boolean b) {
                line.append(b ? 't' : 'f');
            } else if (value instanceof Number || value instanceof LocalDate) {
                line.append(value);
            } else if (value != null) {
                throw new IllegalArgumentException("No CSV form for " + value.getClass());
            }
        }
        return line.toString();
    }

    private static void text(StringBuilder line, String s) {
        boolean quote = s.isEmpty();
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        line.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
    }

    /** "2024-03-04 09:15:00+00": written by hand, as Instant.toString is the slowest part of a large load. */
    private static void timestamp(StringBuilder line, Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        line.append(utc.getYear()).append('-');
        twoDigits(line, utc.getMonthValue()).append('-');
        twoDigits(line, utc.getDayOfMonth()).append(' ');
        twoDigits(line, utc.getHour()).append(':');
        twoDigits(line, utc.getMinute()).append(':');
        twoDigits(line, utc.getSecond()).append("+00");
    }

    private static StringBuilder twoDigits(StringBuilder line, int value) {
        return line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
