package org.frontdoor.access;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the append-only record of who viewed, changed or exported what. It joins the caller's transaction, so a
 * change that rolls back leaves no claim that it happened.
 */
@Service
public class AccessLog {

    public enum Action { VIEW, CHANGE, EXPORT, SIGN_IN, SIGN_IN_FAILED, DENIED }

    private final JdbcClient jdbc;

    public AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action by the signed-in user; {@code childId} names the child whose record it touched, if any. */
    public void record(Action action, String what, Long childId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            recordAs(user.getUsername(), user.roleLabels(), action, what, childId);
        } else {
            recordAs(auth == null ? "system" : auth.getName(), "", action, what, childId);
        }
    }

    void recordAs(String username, String roles, Action action, String what, Long childId) {
        jdbc.sql("""
                        insert into access_log (username, roles, action, what, child_id, address)
                        values (:u, :roles, :action, :what, :child, :address)""")
                .param("u", username).param("roles", roles).param("action", action.name())
                .param("what", what).param("child", childId).param("address", clientAddress())
                .update();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
