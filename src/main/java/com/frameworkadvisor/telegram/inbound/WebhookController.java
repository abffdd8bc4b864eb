package com.frameworkadvisor.telegram.inbound;

import com.frameworkadvisor.session.WriteBarrier;
import com.frameworkadvisor.telegram.TelegramConfiguration;
import com.frameworkadvisor.telegram.TelegramProperties;
import com.frameworkadvisor.telegram.client.ReceivedUpdate;
import com.frameworkadvisor.telegram.client.UpdateReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Telegram delivers updates in webhook mode. The secret header is checked (in constant time) before the
 * body is read; the body is size-limited; the update is stored in the inbox before the 200 goes back, and the
 * work happens afterwards, in order per chat.
 */
@RestController
@ConditionalOnExpression(TelegramConfiguration.WEBHOOK)
final class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final byte[] secret;
    private final long maxBodyBytes;
    private final Inbox inbox;
    private final InboxWorker worker;
    private final WriteBarrier barrier;
    private final UpdateReader reader = new UpdateReader();

    /** @param registration the webhook, validated and registered with Telegram before any update can arrive */
    WebhookController(TelegramProperties properties, WebhookRegistration registration, Inbox inbox,
                      InboxWorker worker, WriteBarrier barrier) {
        this.secret = properties.webhook().secret().getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = properties.webhook().maxBody().toBytes();
        this.inbox = inbox;
        this.worker = worker;
        this.barrier = barrier;
    }

    @PostMapping(TelegramProperties.Webhook.PATH)
    ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
        String given = request.getHeader(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        byte[] body = readAtMost(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        // Stored even when the library cannot read it: it then fails in the inbox worker, where it is given up on
        // after its attempts, instead of being refused here and redelivered by Telegram for as long as it tries.
        Optional<ReceivedUpdate> update = reader.read(new String(body, StandardCharsets.UTF_8));
        if (update.isEmpty()) {
            log.warn("The webhook received a body that is not an update (no update_id)");
            return ResponseEntity.badRequest().build();
        }
        inbox.store(update.get().updateId(), update.get().chatId(), update.get().raw());
        barrier.awaitDurable(); // the 200 tells Telegram the update is ours: it must survive a crash from here
        worker.wakeUp();
        return ResponseEntity.ok().build();
    }

    /** The body, or {@code null} when it is longer than the limit (a missing Content-Length must not bypass it). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }
}
