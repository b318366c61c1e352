package org.frontdoor;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FrontdoorApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(FrontdoorApplication.class);
        // "generate ..." fills the database with demo data and exits; no web server is needed for that.
        if (Arrays.asList(args).contains("generate")) {
            app.setWebApplicationType(WebApplicationType.NONE);
        }
        app.run(args);
    }
}
