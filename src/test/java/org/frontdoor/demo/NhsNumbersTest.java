package org.frontdoor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.frontdoor.people.NhsNumber;
import org.junit.jupiter.api.Test;

class NhsNumbersTest {

    @Test
    void checksTheModulus11CheckDigit() {
        // NHS England's worked example: 943 476 5919.
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThat(NhsNumber.isValid("943476591")).isFalse();
        assertThat(NhsNumber.isValid(null)).isFalse();
        assertThat(NhsNumber.checkDigit(943476591)).isEqualTo(9);
    }

    @Test
    void issuesDifferentValidNumbersFromTheTestRangeUntilItRunsOut() {
        NhsNumbers numbers = new NhsNumbers();
        Set<String> issued = new HashSet<>();
        for (String n = numbers.next(); n != null; n = numbers.next()) {
            assertThat(n).startsWith("999");
            assertThat(issued.add(n)).isTrue();
        }
        // Every stem from 999 000 000 to 999 999 999 once, less those whose check digit would be 10.
        assertThat(issued).hasSizeBetween(900_000, 920_000).allMatch(NhsNumber::isValid);
    }
}
