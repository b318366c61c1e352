package org.frontdoor.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner systems' API keys. A key is 256 random bits, shown once; only its SHA-256 is stored. A plain hash (not
 * bcrypt) is enough because the key is random, not a password a person chose, and it lets a request find its key
 * with one indexed lookup.
 */
@Repository
public class ApiClients {

    static final int PREFIX_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The new key, in full, for the one page that shows it; and the key it replaced, if any. */
    public record Created(ApiClient client, String key, Optional<ApiClient> replaced) {
    }

    private static final String SELECT = """
            select c.id, c.agency_code, a.name as agency_name, c.name, c.key_prefix, c.created_by, c.created_at,
                   c.revoked_at, c.revoked_by, c.last_used_at
              from api_client c join agency a on a.code = c.agency_code
            """;

    private final JdbcClient jdbc;

    public ApiClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ApiClient> findAll() {
        return jdbc.sql(SELECT + " order by c.revoked_at is not null, a.name, c.created_at desc")
                .query(ApiClient.class).list();
    }

    public Optional<ApiClient> findById(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ApiClient.class).optional();
    }

    /** Makes a key for the agency, revoking the agency's current key: one working key per agency. */
    @Transactional
    public Created create(String agencyCode, String name, String createdBy) {
        // Locking the agency row makes two administrators creating keys at once take turns.
        jdbc.sql("select code from agency where code = :a for update").param("a", agencyCode).query(String.class).single();
        Optional<ApiClient> current = jdbc.sql(SELECT + " where c.agency_code = :a and c.revoked_at is null")
                .param("a", agencyCode).query(ApiClient.class).optional();
        current.ifPresent(c -> revoke(c.id(), createdBy));
        String key = newKey();
        long id = jdbc.sql("""
                        insert into api_client (agency_code, name, key_hash, key_prefix, created_by)
                        values (:agency, :name, :hash, :prefix, :by) returning id""")
                .param("agency", agencyCode).param("name", name).param("hash", hash(key))
                .param("prefix", key.substring(0, PREFIX_LENGTH)).param("by", createdBy)
                .query(Long.class).single();
        return new Created(findById(id).orElseThrow(), key, current);
    }

    /** False when the key was already revoked (or never existed). */
    public boolean revoke(long id, String revokedBy) {
        return jdbc.sql("""
                        update api_client set revoked_at = now(), revoked_by = :by
                         where id = :id and revoked_at is null""")
                .param("id", id).param("by", revokedBy).update() == 1;
    }

    /** The partner system a key belongs to, if the key is current; notes when it was last used. */
    public Optional<PartnerSystem> authenticate(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update api_client c set last_used_at = now()
                          from agency a
                         where a.code = c.agency_code and a.active and c.key_hash = :hash and c.revoked_at is null
                        returning c.id, c.agency_code, a.name""")
                .param("hash", hash(key.strip()))
                .query((rs, n) -> new PartnerSystem(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
