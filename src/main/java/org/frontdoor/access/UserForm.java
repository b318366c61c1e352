package org.frontdoor.access;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The add and edit user forms; the password is only asked for when adding or resetting. */
public class UserForm {

    /** Checked only when adding: a username never changes. */
    private String username = "";

    @NotBlank(message = "Enter the person’s full name")
    @Size(max = 100, message = "Full name must be 100 characters or fewer")
    private String displayName = "";

    @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
    @Size(max = 200, message = "Email address must be 200 characters or fewer")
    private String email = "";

    private String agencyCode = "";

    @Size(max = 100, message = "Team must be 100 characters or fewer")
    private String team = "";

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private boolean enabled = true;

    private String password = "";

    private int version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.trim(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? "" : displayName.trim(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null ? "" : email.trim(); }
    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode == null ? "" : agencyCode; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team == null ? "" : team.trim(); }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null ? "" : password; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }

    static UserForm of(AppUser u) {
        UserForm f = new UserForm();
        f.setUsername(u.username());
        f.setDisplayName(u.displayName());
        f.setEmail(u.email());
        f.setAgencyCode(u.agencyCode());
        f.setTeam(u.team());
        f.setRoles(u.roles());
        f.setEnabled(u.enabled());
        f.setVersion(u.version());
        return f;
    }

    String agencyOrNull() {
        return agencyCode.isBlank() ? null : agencyCode;
    }

    String emailOrNull() {
        return email.isBlank() ? null : email;
    }

    String teamOrNull() {
        return team.isBlank() ? null : team;
    }
}
