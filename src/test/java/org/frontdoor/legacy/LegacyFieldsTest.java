package org.frontdoor.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyFieldsTest {

    static LegacyMapping mapping(String system) throws Exception {
        try (InputStream in = LegacyFieldsTest.class.getResourceAsStream("/legacy/mappings/" + system + ".json")) {
            return LegacyMappings.read(new ObjectMapper(), in);
        }
    }

    static LegacyRow row(Map<String, String> values) {
        return new LegacyRow(7, values);
    }

    @Test
    void theEarlyHelpLayoutReadsBothItsDateFormatsAndItsCodes() throws Exception {
        LegacyFields fields = new LegacyFields(mapping("early-help"), LocalDate.of(2025, 3, 1));

        var person = fields.person(row(Map.of("MemberRef", "FM-1", "GivenName", "Zoë", "FamilyName", "Nowak",
                "BirthDate", "4 Sep 2016", "Sex", "2", "NHSNumber", "943 476 5919", "PostCode", "KM1 1AA")));
        var contact = fields.contact(row(Map.of("RequestRef", "R1", "MemberRef", "FM-1",
                "DateReceived", "2024-01-31 09:15", "RequestedBy", "health visitor", "Reason", "")));

        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(2016, 9, 4));
        assertThat(person.sex()).isEqualTo("F");
        assertThat(person.nhsNumber()).isEqualTo("9434765919");
        assertThat(contact.receivedAt()).isEqualTo(LocalDateTime.of(2024, 1, 31, 9, 15));
        assertThat(contact.source()).isEqualTo("3B");
    }

    @Test
    void badDatesUnknownCodesAndMissingKeysAreRejectedWithTheColumnAndValue() throws Exception {
        LegacyFields fields = new LegacyFields(mapping("social-care"), LocalDate.of(2025, 3, 1));
        Map<String, String> person = new java.util.HashMap<>(Map.of("CLIENT_ID", "C1", "FORENAME", "Amy",
                "SURNAME", "Smith", "DOB", "31/02/2015", "GENDER", "F", "NHS_NO", "", "POSTCODE", ""));

        assertThatThrownBy(() -> fields.person(row(person))).hasMessage(
                "DOB '31/02/2015' is not a date in a format the mapping allows (dd/MM/yyyy, dd/MM/yyyy HH:mm)");
        person.put("DOB", "01/02/2015");
        person.put("GENDER", "X");
        assertThatThrownBy(() -> fields.person(row(person))).hasMessage("GENDER 'X' is not a sex code the mapping knows");
        person.put("GENDER", "F");
        person.put("CLIENT_ID", " ");
        assertThatThrownBy(() -> fields.person(row(person))).hasMessage("CLIENT_ID (the record's id) is blank");
        person.put("CLIENT_ID", "C1");
        person.put("NHS_NO", "1234567890");
        assertThatThrownBy(() -> fields.person(row(person))).hasMessage("NHS_NO '1234567890' is not a valid NHS number");
        person.put("NHS_NO", "");
        person.put("DOB", "01/02/2026");
        assertThatThrownBy(() -> fields.person(row(person))).hasMessage("DOB 2026-02-01 is in the future");
    }
}
