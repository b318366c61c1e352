package org.frontdoor;

import java.nio.file.Path;
import java.time.ZoneId;
import org.frontdoor.calendar.Holidays;
import org.frontdoor.calendar.WorkingCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The working-day calendar every clock uses: England and Wales bank holidays plus the LA's own closure days. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(@Value("${frontdoor.calendar.local-closures:}") String localClosures) {
        Holidays holidays = Holidays.englandAndWales();
        if (!localClosures.isBlank()) {
            holidays = holidays.plus(Holidays.load(Path.of(localClosures)));
        }
        return new WorkingCalendar(holidays);
    }

    /** The local authority's time zone: working days and "today" are its, whatever the server's zone. */
    @Bean
    ZoneId serviceZone(@Value("${frontdoor.zone:Europe/London}") String zone) {
        return ZoneId.of(zone);
    }
}
