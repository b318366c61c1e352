package org.frontdoor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageNumberAsTypedIsKeptWithinThePagesThereAre() {
        assertThat(Page.of("2", 120, 50)).isEqualTo(new Page(2, 3, 50));
        assertThat(Page.of("2", 120, 50).offset()).isEqualTo(50);
        assertThat(Page.of("9", 120, 50).number()).isEqualTo(3);
        assertThat(Page.of("0", 120, 50).number()).isEqualTo(1);
        assertThat(Page.of("two", 120, 50).number()).isEqualTo(1);
        assertThat(Page.of(" 3 ", 120, 50).number()).isEqualTo(3);
    }

    @Test
    void anEmptyListStillHasOnePage() {
        assertThat(Page.of("1", 0, 50)).isEqualTo(new Page(1, 1, 50));
    }
}
