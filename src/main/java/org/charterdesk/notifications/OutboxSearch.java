package org.charterdesk.notifications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.charterdesk.validation.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox for administrators: newest first, a page at a time, by status, type and text. */
@Service
public class OutboxSearch {

    private final EntityManager entityManager;

    OutboxSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What to look for; any part may be empty. Text matches the recipient, the email address or the subject. */
    public record Criteria(NotificationStatus status, NotificationType type, String text) {}

    @Transactional(readOnly = true)
    public List<OutboxEntry> page(Criteria criteria, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Notification> query = cb.createQuery(Notification.class);
        Root<Notification> n = query.from(Notification.class);
        query.where(conditions(cb, n, criteria).toArray(Predicate[]::new)).orderBy(cb.desc(n.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(OutboxEntry::of)
                .toList();
    }

    private static List<Predicate> conditions(CriteriaBuilder cb, Root<Notification> n, Criteria criteria) {
        List<Predicate> where = new ArrayList<>();
        if (criteria.status() != null) {
            where.add(cb.equal(n.get("status"), criteria.status()));
        }
        if (criteria.type() != null) {
            where.add(cb.equal(n.get("type"), criteria.type()));
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            String text = "%"
                    + PlainText.withoutForbiddenCharacters(criteria.text())
                            .strip()
                            .toLowerCase(Locale.UK)
                            .replace("%", "")
                            .replace("_", "")
                    + "%";
            where.add(cb.or(
                    cb.like(cb.lower(n.get("recipient")), text),
                    cb.like(cb.lower(n.get("emailTo")), text),
                    cb.like(cb.lower(n.get("subject")), text)));
        }
        return where;
    }
}
