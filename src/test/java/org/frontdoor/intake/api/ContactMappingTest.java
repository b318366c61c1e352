package org.frontdoor.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.frontdoor.access.PartnerSystem;
import org.frontdoor.intake.Consent;
import org.frontdoor.intake.NewContact;
import org.frontdoor.intake.Route;
import org.frontdoor.intake.SubjectRole;
import org.junit.jupiter.api.Test;

class ContactMappingTest {

    static final PartnerSystem POLICE = new PartnerSystem(1, "POLICE", "Police");

    @Test
    void childrenComeFirstThenAdultsAndTheRulesFieldNamesMapBack() {
        ContactRequest r = request(List.of(child("A"), child("B")),
                List.of(adult(ContactRequest.AdultRole.MOTHER), adult(ContactRequest.AdultRole.FATHER)));
        NewContact c = ContactMapping.toNewContact(r, POLICE);
        assertThat(c.subjects()).extracting(NewContact.Subject::role)
                .containsExactly(SubjectRole.CHILD, SubjectRole.CHILD, SubjectRole.MOTHER, SubjectRole.FATHER);

        assertThat(ContactMapping.apiField("subjects", r)).isEqualTo("children");
        assertThat(ContactMapping.apiField("subjects[0].firstName", r)).isEqualTo("children[0].firstName");
        assertThat(ContactMapping.apiField("subjects[1].dateOfBirth", r)).isEqualTo("children[1].dateOfBirth");
        assertThat(ContactMapping.apiField("subjects[2].role", r)).isEqualTo("adults[0].role");
        assertThat(ContactMapping.apiField("subjects[3].nhsNumber", r)).isEqualTo("adults[1].nhsNumber");
        assertThat(ContactMapping.apiField("consent.givenAt", r)).isEqualTo("consent.givenAt");
        assertThat(ContactMapping.apiField("referrer.email", r)).isEqualTo("referrer.email");

        ContactRequest noChildren = request(null, List.of(adult(ContactRequest.AdultRole.CARER)));
        assertThat(ContactMapping.apiField("subjects[0].lastName", noChildren)).isEqualTo("adults[0].lastName");
    }

    @Test
    void aPartnersContactIsTheirsUnmatchedAndMadeByTheirSystem() {
        NewContact c = ContactMapping.toNewContact(request(List.of(child("A")), null), POLICE);
        assertThat(c.route()).isEqualTo(Route.PARTNER_API);
        assertThat(c.partnerAgency()).isEqualTo("POLICE");
        assertThat(c.partnerReference()).isEqualTo("REF 9");
        assertThat(c.referrer().agency()).isEqualTo("Police");
        assertThat(c.formToken()).isNull();
        assertThat(c.subjects()).allSatisfy(s -> assertThat(s.personId()).isNull());
        assertThat(c.consent().status()).isEqualTo(Consent.REFUSED);
    }

    @Test
    void nullListEntriesBecomeBlankPeopleTheRulesCanNameAndBeanPathsReadLikeJson() {
        ContactRequest r = request(Arrays.asList(child("A"), null), null);
        NewContact c = ContactMapping.toNewContact(r, POLICE);
        assertThat(c.subjects()).hasSize(2);
        assertThat(c.subjects().get(1).firstName()).isNull();

        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        assertThat(validator.validate(r)).extracting(v -> ContactValidation.path(v.getPropertyPath()))
                .containsExactly("children[1]");
        ContactRequest blankName = request(List.of(child("A"), child(" ")), null);
        assertThat(validator.validate(blankName)).extracting(v -> ContactValidation.path(v.getPropertyPath()))
                .containsExactly("children[1].firstName");
    }

    static ContactRequest request(List<ContactRequest.Child> children, List<ContactRequest.Adult> adults) {
        return new ContactRequest(OffsetDateTime.now().minusHours(1), "6", "  REF 9 ",
                new ContactRequest.Referrer("DC Ward", null, null, null), "Worried", null, false, children, adults,
                "Not named", new ContactRequest.ConsentDetails(Consent.REFUSED, null, null, null, null));
    }

    static ContactRequest.Child child(String name) {
        return new ContactRequest.Child(name, "Test", LocalDate.now().minusYears(5), ContactRequest.Sex.F, null, null,
                false);
    }

    static ContactRequest.Adult adult(ContactRequest.AdultRole role) {
        return new ContactRequest.Adult(role, "Adult", "Test", null, null, null, null);
    }
}
