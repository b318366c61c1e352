package org.frontdoor.access;

/** A partner agency (police, health, education...): data, so an administrator can add local ones. */
public record Agency(String code, String name) {
}
