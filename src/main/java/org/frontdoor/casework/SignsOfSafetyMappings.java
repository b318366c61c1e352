package org.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.frontdoor.access.AccessLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's Signs of Safety mappings, numbered in order per child. */
@Service
public class SignsOfSafetyMappings {

    private static final String SELECT = """
            select m.id, m.person_id, m.assessment_id, m.number, m.meeting_on, m.harm, m.danger_statements,
                   m.complicating_factors, m.existing_safety, m.strengths, m.safety_goals, m.next_steps,
                   m.child_worries, m.child_good_things, m.child_dreams, m.created_by,
                   coalesce(u.display_name, m.created_by) as created_by_name, m.created_at
              from sos_mapping m left join app_user u on u.username = m.created_by
            """;

    /** What a new mapping says, as checked. */
    public record NewMapping(Long assessmentId, java.time.LocalDate meetingOn, String harm, String dangerStatements,
                             String complicatingFactors, String existingSafety, String strengths, String safetyGoals,
                             String nextSteps, String childWorries, String childGoodThings, String childDreams,
                             List<SignsOfSafetyMapping.Score> scores) {
    }

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    SignsOfSafetyMappings(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /** The child's mappings, first meeting first. */
    public List<SignsOfSafetyMapping> forChild(long personId) {
        List<SignsOfSafetyMapping> mappings = jdbc.sql(SELECT + " where m.person_id = :p order by m.number")
                .param("p", personId).query(SignsOfSafetyMappings::mapping).list();
        if (mappings.isEmpty()) {
            return mappings;
        }
        Map<Long, List<SignsOfSafetyMapping.Score>> scores = jdbc.sql("""
                        select s.mapping_id, s.given_by, s.name, s.score from sos_scale s
                          join sos_mapping m on m.id = s.mapping_id where m.person_id = :p order by s.id""")
                .param("p", personId).query((rs, n) -> Map.entry(rs.getLong("mapping_id"),
                        new SignsOfSafetyMapping.Score(SignsOfSafetyMapping.GivenBy.valueOf(rs.getString("given_by")),
                                rs.getString("name"), rs.getInt("score")))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return mappings.stream().map(m -> m.withScores(scores.getOrDefault(m.id(), List.of()))).toList();
    }

    public Optional<SignsOfSafetyMapping> find(long personId, int number) {
        return forChild(personId).stream().filter(m -> m.number() == number).findFirst();
    }

    /** Saves the mapping as the child's next number; returns that number. */
    @Transactional
    public int create(long personId, NewMapping m, String by) {
        // Lock the child's row so two mappings saved at once cannot take the same number.
        jdbc.sql("select id from person where id = :p for update").param("p", personId).query(Long.class).single();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from sos_mapping where person_id = :p")
                .param("p", personId).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into sos_mapping (person_id, assessment_id, number, meeting_on, harm, danger_statements,
                                                 complicating_factors, existing_safety, strengths, safety_goals,
                                                 next_steps, child_worries, child_good_things, child_dreams, created_by)
                        values (:p, :a, :n, :on, :harm, :danger, :complicating, :safety, :strengths, :goals, :next,
                                :worries, :good, :dreams, :by) returning id""")
                .param("p", personId).param("a", m.assessmentId()).param("n", number).param("on", m.meetingOn())
                .param("harm", m.harm()).param("danger", m.dangerStatements())
                .param("complicating", m.complicatingFactors()).param("safety", m.existingSafety())
                .param("strengths", m.strengths()).param("goals", m.safetyGoals()).param("next", m.nextSteps())
                .param("worries", m.childWorries()).param("good", m.childGoodThings()).param("dreams", m.childDreams())
                .param("by", by).query(Long.class).single();
        for (SignsOfSafetyMapping.Score s : m.scores()) {
            jdbc.sql("insert into sos_scale (mapping_id, given_by, name, score) values (:m, :g, :n, :s)")
                    .param("m", id).param("g", s.givenBy().name()).param("n", s.name()).param("s", s.score())
                    .update();
        }
        accessLog.record(AccessLog.Action.CHANGE, "Recorded Signs of Safety mapping " + number, personId);
        return number;
    }

    private static SignsOfSafetyMapping mapping(ResultSet rs, int n) throws SQLException {
        Long assessment = rs.getObject("assessment_id", Long.class);
        return new SignsOfSafetyMapping(rs.getLong("id"), rs.getLong("person_id"), assessment,
                rs.getInt("number"), rs.getObject("meeting_on", java.time.LocalDate.class), rs.getString("harm"),
                rs.getString("danger_statements"), rs.getString("complicating_factors"),
                rs.getString("existing_safety"), rs.getString("strengths"), rs.getString("safety_goals"),
                rs.getString("next_steps"), rs.getString("child_worries"), rs.getString("child_good_things"),
                rs.getString("child_dreams"), rs.getString("created_by"), rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant(), new ArrayList<>());
    }
}
