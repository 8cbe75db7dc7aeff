package vn.learningcommunity.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator. Outside the embedded demo it comes from the environment
 * ({@code LEARNING_COMMUNITY_ADMIN_USER}, {@code LEARNING_COMMUNITY_ADMIN_PASSWORD}); there is no default.
 */
@ConfigurationProperties("learning-community.admin")
public record AdministratorProperties(String user, String password, String firstName, String lastName, String email) {}
