package org.frontdoor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.frontdoor.FrontdoorApplication;
import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

@FrontdoorTest
class DatabaseStartupTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void refusesASchemaNewerThanThisReleaseWithAClearMessage() {
        // A copy of our schema in a scratch schema, then a migration "from the future" recorded as applied.
        jdbc.sql("drop schema if exists future_test cascade").update();
        Flyway.configure().dataSource(dataSource).schemas("future_test").load().migrate();
        jdbc.sql("""
                insert into future_test.flyway_schema_history
                    (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                values (999, '999', 'from a newer release', 'SQL', 'V999__newer.sql', 0, 'test', 0, true)""").update();

        // Configured as application.yml configures the app.
        Throwable failure = catchThrowable(() -> Flyway.configure().dataSource(dataSource).schemas("future_test")
                .ignoreMigrationPatterns("*:missing").load().migrate());
        jdbc.sql("drop schema future_test cascade").update();

        FailureAnalysis analysis = new DatabaseFailureAnalyzer(new MockEnvironment()).analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("newer than this release of frontdoor").contains("999");
    }

    @Test
    void anUnreachableDatabaseFailsFastWithOneClearLine() {
        String url = "jdbc:postgresql://127.0.0.1:1/frontdoor";
        MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url", url);
        Throwable failure = catchThrowable(() -> SpringApplication.run(FrontdoorApplication.class,
                "--spring.datasource.url=" + url, "--spring.datasource.username=x", "--spring.datasource.password=y",
                "--server.port=0", "--spring.datasource.hikari.connection-timeout=2000",
                "--frontdoor.demo.load-on-empty=false"));
        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(env).analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot connect to the database at '" + url + "'");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void aUrlThatIsNotPostgresIsNamedAsSuch() {
        String url = "jdbc:mysql://localhost/frontdoor";
        Throwable failure = catchThrowable(() -> SpringApplication.run(FrontdoorApplication.class,
                "--spring.datasource.url=" + url, "--server.port=0", "--frontdoor.demo.load-on-empty=false"));
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(
                new MockEnvironment().withProperty("spring.datasource.url", url)).analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("is not a PostgreSQL JDBC URL");
    }
}
