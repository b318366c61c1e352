package org.frontdoor.intake.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner API's OpenAPI description, served at /api/openapi and browsable at /swagger-ui. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PartnerApiDocs {

    static final String SCHEME = "apiKey";

    @Bean
    OpenAPI partnerOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Front Door partner API").version("v1").description("""
                        Partner agencies' own systems (police, health, education...) make contacts to the \
                        children's services Front Door and MASH, and read back the contacts their agency made.

                        **Authentication.** Send your agency's API key on every request as \
                        `Authorization: Bearer <key>`. The local authority's system administrator creates the key \
                        and gives it to you once; each agency has one working key, and a new key revokes the old \
                        one. A missing, unknown or revoked key gets 401.

                        **Errors** are RFC 9457 problem details (`application/problem+json`). A 400 lists every \
                        problem in `errors`, each against its field, such as `children[1].dateOfBirth`.

                        **What you can see.** Only your own agency's contacts, and only where they stand: \
                        `status` is RECEIVED until the MASH screens the contact. Screening decisions and their \
                        outcomes are still to come and will be added to the same response; until then `outcome` is \
                        always null."""))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("Your agency's API key")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
