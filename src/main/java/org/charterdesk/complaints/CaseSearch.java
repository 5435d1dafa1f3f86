package org.charterdesk.complaints;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases for staff: by reference, customer, service, stage, status and the date received, newest first, a
 * page at a time, and only in the services the member of staff may see.
 */
@Service
public class CaseSearch {

    private final EntityManager entityManager;

    CaseSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What to look for; any part may be empty. */
    public record Criteria(
            String text,
            String serviceCode,
            Stage stage,
            CaseStatus status,
            LocalDate receivedFrom,
            LocalDate receivedTo) {}

    /** A case as a search lists it. */
    public record Found(
            String reference,
            CaseKind kind,
            String serviceName,
            Stage stage,
            CaseStatus status,
            CharterFlag charterFlag,
            String customerName,
            LocalDate receivedOn) {}

    @Transactional(readOnly = true)
    public List<Found> page(StaffMember member, Criteria criteria, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<CaseFile> query = cb.createQuery(CaseFile.class);
        Root<CaseFile> c = query.from(CaseFile.class);
        c.fetch("service");
        query.where(conditions(cb, c, member, criteria).toArray(Predicate[]::new));
        query.orderBy(cb.desc(c.get("receivedAt")), cb.desc(c.get("id")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(f -> new Found(
                        f.getReference(),
                        f.getKind(),
                        f.getService().getName(),
                        f.getStage(),
                        f.getStatus(),
                        f.getCharterFlag(),
                        f.getCustomer().getName(),
                        f.getReceivedOn()))
                .toList();
    }

    /** The references of cases by their ids, for lists of other things that point at cases. */
    @Transactional(readOnly = true)
    public Map<Long, String> referencesOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createQuery("select c.id, c.reference from CaseFile c where c.id in :ids", Object[].class)
                .setParameter("ids", caseIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    @Transactional(readOnly = true)
    public long count(StaffMember member, Criteria criteria) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<CaseFile> c = query.from(CaseFile.class);
        query.select(cb.count(c)).where(conditions(cb, c, member, criteria).toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static List<Predicate> conditions(
            CriteriaBuilder cb, Root<CaseFile> c, StaffMember member, Criteria criteria) {
        List<Predicate> where = new ArrayList<>();
        if (!member.seesAllServices()) {
            Set<String> services = new HashSet<>(member.officerOf());
            services.addAll(member.managerOf());
            where.add(
                    services.isEmpty()
                            ? cb.disjunction()
                            : c.get("service").get("code").in(services));
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            String typed = PlainText.withoutForbiddenCharacters(criteria.text())
                    .strip()
                    .toLowerCase(Locale.UK);
            String text = typed.replace("%", "").replace("_", "").replace("\\", "");
            // The whole email address as typed: addresses may hold '_', which a pattern would read as a wildcard.
            where.add(cb.or(
                    cb.like(cb.lower(c.get("reference")), text + "%"),
                    cb.like(cb.lower(c.get("customer").get("name")), "%" + text + "%"),
                    cb.equal(cb.lower(c.get("customer").get("email")), typed)));
        }
        if (criteria.serviceCode() != null) {
            where.add(cb.equal(c.get("service").get("code"), criteria.serviceCode()));
        }
        if (criteria.stage() != null) {
            where.add(cb.equal(c.get("stage"), criteria.stage()));
        }
        if (criteria.status() != null) {
            where.add(cb.equal(c.get("status"), criteria.status()));
        }
        if (criteria.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("receivedOn"), criteria.receivedFrom()));
        }
        if (criteria.receivedTo() != null) {
            where.add(cb.lessThanOrEqualTo(c.get("receivedOn"), criteria.receivedTo()));
        }
        return where;
    }
}
