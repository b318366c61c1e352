package org.frontdoor.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.frontdoor.FrontdoorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses to change or remove what the access log says, even to its owner. */
@FrontdoorTest
class AccessLogImmutabilityTest {

    @Autowired JdbcClient jdbc;
    @Autowired AccessLog accessLog;

    @Test
    void rowsCannotBeUpdatedDeletedOrTruncated() {
        accessLog.recordAs("immutable.test", "MASH social worker", AccessLog.Action.VIEW, "Child's record", 424242L);
        long id = jdbc.sql("select max(id) from access_log where username = 'immutable.test'").query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update access_log set username = 'someone.else' where id = :id")
                .param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = :id").param("id", id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");

        assertThat(jdbc.sql("select username from access_log where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("immutable.test");
    }
}
