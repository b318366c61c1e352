package org.frontdoor.access;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the (database-stored, hence serialisable) session. */
public final class SignedInUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final String agencyCode;
    private final EnumSet<Role> roles;
    private final transient String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    SignedInUser(AppUser u, boolean locked) {
        this.id = u.id();
        this.username = u.username();
        this.displayName = u.displayName();
        this.agencyCode = u.agencyCode();
        this.roles = u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles());
        this.passwordHash = u.passwordHash();
        this.enabled = u.enabled();
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** "MASH social worker, QA officer" — as shown in the header and written to the access log. */
    public String roleLabels() {
        return roles.isEmpty() ? "No role" : roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> list = roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .collect(Collectors.toList());
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
