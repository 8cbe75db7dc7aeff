package vn.learningcommunity.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is delivered on a schedule ({@code learning-community.mail.send-every}). */
@Configuration
@EnableScheduling
class NotificationConfiguration {}
