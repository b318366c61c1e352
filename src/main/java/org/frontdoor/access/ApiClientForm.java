package org.frontdoor.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "Create API key" form. */
public class ApiClientForm {

    private String agencyCode = "";

    @NotBlank(message = "Enter a name for the system that will use the key, like Police case management")
    @Size(max = 100, message = "Name must be 100 characters or fewer")
    private String name = "";

    public String getAgencyCode() { return agencyCode; }
    public void setAgencyCode(String agencyCode) { this.agencyCode = agencyCode == null ? "" : agencyCode.trim(); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name.trim(); }
}
